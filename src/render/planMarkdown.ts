import type { Plan, PlanItem, PlanSource } from '../core/plan/planContentSchema.js';
import { escapeMarkdown, markdownUrl } from './escapeMarkdown.js';
import { COMPARISON_HEADING, itemPlaces, NEXT_STEPS_HEADING } from './planParts.js';

/**
 * The plan as a Markdown document: `# Your clinical-path plan`, the date, "Your next steps" as a numbered list
 * (each naming the item that explains it), the person's obstacle quoted with the items that speak to it, the ASRT
 * comparison, one `##` per section with items as bullets (bold title, text, then "Why" and "Sources" as links with
 * the month each was checked, always in full), then the disclaimer.
 * Everything taken from the plan is escaped: data cannot add links, HTML or headings.
 */
export function renderPlanMarkdown(plan: Plan): string {
  const md = escapeMarkdown;
  const places = itemPlaces(plan);
  const out: string[] = ['# Your clinical-path plan', '', `_As of ${md(plan.asOf)}_`];

  if (plan.nextSteps.length > 0) {
    out.push('', `## ${NEXT_STEPS_HEADING}`, '');
    plan.nextSteps.forEach((step, i) => {
      const place = places.get(step.item);
      out.push(`${i + 1}. ${md(step.text)}${place ? ` (see “${md(place.title)}”)` : ''}`);
    });
  }

  if (plan.obstacle) {
    const { title, said, themes } = plan.obstacle;
    out.push('', `## ${md(title)}`, '', `> “${md(said)}”`);
    const lines = themes.flatMap((theme) => {
      const titles = theme.items.flatMap((id) => {
        const place = places.get(id);
        return place ? [`“${md(place.title)}”`] : [];
      });
      return titles.length > 0 ? [`- ${md(theme.label)}: see ${titles.join(', ')}`] : [];
    });
    if (lines.length > 0) out.push('', ...lines);
  }

  if (plan.comparison.length > 0) {
    out.push('', `## ${COMPARISON_HEADING}`, '');
    for (const line of plan.comparison) out.push(`- ${md(line.text)}`);
  }

  for (const section of plan.sections) {
    out.push('', `## ${md(section.title)}`, '');
    if (section.intro) out.push(md(section.intro), '');
    if (section.items.length === 0) out.push('_Nothing specific for your answers._');
    for (const item of section.items) out.push(...renderItem(item));
  }

  out.push('', '---', '', md(plan.disclaimer), '', `_Facts checked ${md(plan.factsChecked)}._`);
  return `${out.join('\n')}\n`;
}

function renderItem(item: PlanItem): string[] {
  const lines = [`- **${escapeMarkdown(item.title)}** — ${escapeMarkdown(item.text)}`, `  - **Why:** ${escapeMarkdown(item.why)}`];
  if (item.sources.length > 0) lines.push(`  - **Sources:** ${item.sources.map(formatSource).join('; ')}`);
  return lines;
}

/** A source as a link when its address is http(s) or mailto, with the month it was last checked. */
function formatSource(source: PlanSource): string {
  const title = escapeMarkdown(source.title);
  const checked = `, checked ${escapeMarkdown(source.checked)}`;
  if (!source.url) return `${title}${checked}`;
  const url = markdownUrl(source.url);
  return `${url ? `[${title}](${url})` : `${title} (${escapeMarkdown(source.url)})`}${checked}`;
}

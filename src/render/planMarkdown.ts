import type { Plan, PlanItem, PlanSource } from '../core/plan/planContentSchema.js';
import { escapeMarkdown, markdownUrl } from './escapeMarkdown.js';

/**
 * The plan as a Markdown document: `# Your clinical-path plan`, the date, the ASRT comparison, one `##` per section,
 * items as bullets with their "Why" and "Sources" (as links) nested under them, then the disclaimer.
 * Everything taken from the plan is escaped: data cannot add links, HTML or headings.
 */
export function renderPlanMarkdown(plan: Plan): string {
  const md = escapeMarkdown;
  const out: string[] = ['# Your clinical-path plan', '', `_As of ${md(plan.asOf)}_`];

  if (plan.comparison.length > 0) {
    out.push('', '## How you compare with the ASRT survey', '');
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
  const lines = [`- ${escapeMarkdown(item.text)}`, `  - **Why:** ${escapeMarkdown(item.why)}`];
  if (item.sources.length > 0) lines.push(`  - **Sources:** ${item.sources.map(formatSource).join('; ')}`);
  return lines;
}

function formatSource(source: PlanSource): string {
  const title = escapeMarkdown(source.title);
  if (!source.url) return title;
  const url = markdownUrl(source.url);
  return url ? `[${title}](${url})` : `${title} (${escapeMarkdown(source.url)})`;
}

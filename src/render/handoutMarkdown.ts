import type { PlanItem } from '../core/plan/planContentSchema.js';
import { demoWords as w } from '../messages/demoWords.js';
import { escapeMarkdown as md } from './escapeMarkdown.js';
import type { Handout } from './Handout.js';
import { renderPlanMarkdown } from './planMarkdown.js';

/**
 * A demo handout as Markdown: the persona and their story, their answers numbered as the review lists them, their plan
 * exactly as `plan --format markdown` writes it (its own `#` title, so it reads as the handout's second page), then
 * with a comparison a third page: the answers that differ and each section's items only one plan has.
 * Everything from the bank and the personas is escaped, as in the plan.
 */
export function renderHandoutMarkdown(handout: Handout): string {
  const { name } = handout;
  const out: string[] = [`# ${md(w.handoutTitle(name))}`, '', `_${md(w.madeUp)}_`, '', md(handout.story), '', `## ${md(w.answersHeading(name))}`, ''];
  handout.answers.forEach((a, i) => out.push(`${i + 1}. **${md(a.label)}:** ${md(a.answer)}`));
  out.push('', `_${md(w.planIntro(name))}_`, '', renderPlanMarkdown(handout.plan).trimEnd());

  const comparison = handout.comparison;
  if (comparison) {
    const other = comparison.otherName;
    out.push('', `# ${md(w.handoutCompareTitle(name, other))}`, '', `**${md(other)}:** ${md(comparison.otherStory)}`);
    out.push('', `## ${md(w.answersDiffer(comparison.answers.length))}`, '');
    if (comparison.answers.length === 0) out.push(md(w.noAnswersDiffer));
    for (const d of comparison.answers) {
      const first = d.first === undefined ? w.notAsked(name) : w.answered(name, d.first);
      const second = d.second === undefined ? w.notAsked(other) : w.answered(other, d.second);
      out.push(`- **${md(d.label)}:** ${md(first)}; ${md(second)}.`);
    }
    out.push('', `## ${md(w.plansDiffer)}`);
    for (const section of comparison.plans) {
      out.push('', `### ${md(w.sharedItems(section.title, section.shared))}`, '');
      if (section.onlyFirst.length === 0 && section.onlySecond.length === 0) out.push(md(w.noDifference));
      const only = (who: string, items: readonly PlanItem[]) => {
        if (items.length === 0) return;
        out.push(md(w.onlyIn(who, items.length)), '');
        for (const item of items) out.push(`- **${md(item.title)}** — ${md(item.text)}`, `  - **${md(w.why)}** ${md(item.why)}`);
        out.push('');
      };
      only(name, section.onlyFirst);
      only(other, section.onlySecond);
      if (out[out.length - 1] === '') out.pop();
    }
  }
  return `${out.join('\n')}\n`;
}

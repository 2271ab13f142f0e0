import type { PlanItem } from '../core/plan/planContentSchema.js';
import { stripControl } from '../core/text/stripControl.js';
import { PROSE, wrapLines } from '../core/text/wrapLines.js';
import { demoWords as w } from '../messages/demoWords.js';
import type { Handout } from './Handout.js';
import { DEFAULT_WIDTH, renderPlanText } from './planText.js';

/** A heading underlined, so it stands out on paper and in a screen reader's line-by-line reading without color. */
function heading(text: string, rule: string): string[] {
  const safe = stripControl(text);
  return [safe, rule.repeat(Math.min(safe.length, DEFAULT_WIDTH))];
}

/**
 * A demo handout as plain text, 80 columns, no color: the same parts as the Markdown handout. The plan is exactly
 * what `plan --format text --out FILE` writes (every Why and Sources line in full), since a handout is read later.
 */
export function renderHandoutText(handout: Handout): string {
  const { name } = handout;
  const out: string[] = [];
  const block = (text: string, first = '', rest = first) => {
    const lines = wrapLines(stripControl(text), DEFAULT_WIDTH - first.length, { ...PROSE, restWidth: DEFAULT_WIDTH - rest.length });
    lines.forEach((line, i) => out.push(`${i === 0 ? first : rest}${line}`));
  };

  out.push(...heading(w.handoutTitle(name), '='), '');
  block(w.madeUp);
  out.push('');
  block(handout.story);
  out.push('', ...heading(w.answersHeading(name), '-'));
  const digits = String(handout.answers.length).length;
  handout.answers.forEach((a, i) => block(`${a.label}: ${a.answer}`, `${String(i + 1).padStart(digits)}. `, ' '.repeat(digits + 2)));
  out.push('');
  block(w.planIntro(name));
  out.push('', renderPlanText(handout.plan, { color: false, width: DEFAULT_WIDTH, details: true }).trimEnd());

  const comparison = handout.comparison;
  if (comparison) {
    const other = comparison.otherName;
    out.push('', ...heading(w.handoutCompareTitle(name, other), '='), '');
    block(`${other}: ${comparison.otherStory}`);
    out.push('', ...heading(w.answersDiffer(comparison.answers.length), '-'));
    if (comparison.answers.length === 0) block(w.noAnswersDiffer);
    for (const d of comparison.answers) {
      const first = d.first === undefined ? w.notAsked(name) : w.answered(name, d.first);
      const second = d.second === undefined ? w.notAsked(other) : w.answered(other, d.second);
      block(`${d.label}: ${first}; ${second}.`, '  • ', '    ');
    }
    out.push('', ...heading(w.plansDiffer, '-'));
    for (const section of comparison.plans) {
      out.push('');
      block(w.sharedItems(section.title, section.shared));
      if (section.onlyFirst.length === 0 && section.onlySecond.length === 0) block(w.noDifference, '  ');
      const only = (who: string, items: readonly PlanItem[]) => {
        if (items.length === 0) return;
        block(w.onlyIn(who, items.length), '  ');
        for (const item of items) {
          block(`${item.title} — ${item.text}`, '    • ', '      ');
          block(`${w.why} ${item.why}`, '      ');
        }
      };
      only(name, section.onlyFirst);
      only(other, section.onlySecond);
    }
  }
  return `${out.join('\n')}\n`;
}

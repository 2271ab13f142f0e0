import type { SectionDifference } from '../../core/plan/comparePlans.js';
import type { PlanItem } from '../../core/plan/planContentSchema.js';
import { stripControl } from '../../core/text/stripControl.js';
import { PROSE, wrapLines } from '../../core/text/wrapLines.js';
import type { ScrollLine } from './ScrollView.js';

/** The first sentence of an item's text, enough to tell items apart on a projector. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = /^(.+?[.!?])(?=\s|$)/.exec(flat);
  return match?.[1] ?? flat;
}

/**
 * Two plans side by side, as lines for a scroll view: for each section, the items only the first plan has
 * and the items only the second has, each as its first sentence and its "Why:". Wrapped to `width`.
 */
export function compareLines(differences: readonly SectionDifference[], firstName: string, secondName: string, width: number): ScrollLine[] {
  const out: ScrollLine[] = [];
  const block = (text: string, first: string, rest: string, tone?: ScrollLine['tone']) => {
    const lines = wrapLines(stripControl(text), Math.max(10, width - first.length), { ...PROSE, restWidth: Math.max(10, width - rest.length) });
    lines.forEach((line, i) => out.push({ text: `${i === 0 ? first : rest}${line}`, ...(tone ? { tone } : {}) }));
  };
  const items = (who: string, list: readonly PlanItem[]) => {
    if (list.length === 0) return;
    block(`Only in ${who}'s plan (${list.length}):`, '  ', '  ');
    for (const item of list) {
      block(firstSentence(item.text), '    • ', '      ');
      block(`Why: ${item.why}`, '      ', '        ', 'hint');
    }
  };

  differences.forEach((section, i) => {
    if (i > 0) out.push({ text: '' });
    block(`${section.title} — ${section.shared} item${section.shared === 1 ? '' : 's'} in both plans`, '', '', 'heading');
    if (section.onlyFirst.length === 0 && section.onlySecond.length === 0) {
      block('No differences in this section.', '  ', '  ');
      return;
    }
    items(firstName, section.onlyFirst);
    items(secondName, section.onlySecond);
  });
  return out;
}

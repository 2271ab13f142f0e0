import type { PlanWords, WhyReason } from '../core/plan/PlanWords.js';
import { formatList } from './formatList.js';

const quoted = (text: string) => `“${text}”`;

function said(reason: WhyReason): string {
  return reason.kind === 'chose' && reason.options.length > 0 ? `${quoted(reason.question)}: ${formatList(reason.options.map(quoted))}` : quoted(reason.question);
}

/**
 * The plan's own words in English. Why an item is there reads
 * `You answered “Employment”: “Employed where this discipline is performed”. You have not answered “State”.`
 */
export const planWords: PlanWords = {
  list: formatList,
  unanswered: 'your choice',
  textAnswer: 'your answer',
  why(reasons) {
    const answered = reasons.filter((r) => r.kind !== 'unanswered').map(said);
    const skipped = reasons.filter((r) => r.kind === 'unanswered').map((r) => quoted(r.question));
    const sentences: string[] = [];
    if (answered.length > 0) sentences.push(`You answered ${answered.join('; ')}.`);
    if (skipped.length > 0) sentences.push(`You have not answered ${formatList(skipped)}.`);
    return sentences.length > 0 ? sentences.join(' ') : 'This applies to everyone.';
  },
};

import type { PlanWords, WhyReason } from '../core/plan/PlanWords.js';
import { formatList } from './formatList.js';

const quoted = (text: string) => `“${text}”`;

function said(reason: WhyReason): string {
  return reason.kind === 'chose' && reason.options.length > 0 ? `${quoted(reason.question)}: ${formatList(reason.options.map(quoted))}` : quoted(reason.question);
}

/**
 * The plan's words with Why sentences about `who`: "You" for the person's own plan, a persona's name when a demo
 * compares two plans, so each Why says whose answers put the item there ("Dana answered …", "Marcus has not answered …").
 */
export function planWordsAbout(who: { answered: string; notAnswered: string }): PlanWords {
  return {
    list: formatList,
    unanswered: 'your choice',
    textAnswer: 'your answer',
    why(reasons) {
      const answered = reasons.filter((r) => r.kind !== 'unanswered').map(said);
      const skipped = reasons.filter((r) => r.kind === 'unanswered').map((r) => quoted(r.question));
      const sentences: string[] = [];
      if (answered.length > 0) sentences.push(`${who.answered} ${answered.join('; ')}.`);
      if (skipped.length > 0) sentences.push(`${who.notAnswered} ${formatList(skipped)}.`);
      return sentences.length > 0 ? sentences.join(' ') : 'This applies to everyone.';
    },
  };
}

/**
 * The plan's own words in English. Why an item is there reads
 * `You answered “Employment”: “Employed where this discipline is performed”. You have not answered “State”.`
 */
export const planWords: PlanWords = planWordsAbout({ answered: 'You answered', notAnswered: 'You have not answered' });

/** The plan's words for a persona's plan in a demo: "Dana answered …", and "Dana's choice" where "your" would be wrong. */
export function personaPlanWords(name: string): PlanWords {
  return { ...planWordsAbout({ answered: `${name} answered`, notAnswered: `${name} has not answered` }), unanswered: `${name}'s choice`, textAnswer: `${name}'s answer` };
}

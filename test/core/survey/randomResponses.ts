import type { Answers, Bank } from '../../../src/core/bank/schema.js';
import { isVisible, visibleOptions } from '../../../src/core/bank/evaluate.js';

// The same seeded generator (mulberry32) the benchmarks use, so a test's responses are the same on every run.
export { seeded } from '../../bench/syntheticResponses.mjs';

/**
 * One respondent walking the bank as the interview does: only questions and options their earlier answers show,
 * options uniform `uniformShare` of the time and otherwise skewed towards the first offered, so reports have large cells
 * and small ones (long lists such as states, and follow-ups of rare answers), optional questions
 * sometimes skipped, tick-boxes ticked one to three at a time with exclusive options alone.
 */
export function randomAnswers(bank: Bank, random: () => number, uniformShare = 0.5): Answers {
  const answers: Record<string, string | string[]> = {};
  const skewed = (n: number) => (random() < uniformShare ? Math.floor(random() * n) : Math.min(n - 1, Math.floor(-Math.log(1 - random()) * 1.5)));
  for (const q of bank.questions) {
    if (!('options' in q) || !isVisible(q, answers)) continue;
    if (q.optional && random() < 0.15) continue;
    const offered = visibleOptions(q, answers);
    if (offered.length === 0) continue;
    const first = offered[skewed(offered.length)];
    if (!first) continue;
    if (q.kind === 'single') answers[q.id] = first.value;
    else if (first.exclusive) answers[q.id] = [first.value];
    else {
      const more = offered.filter((o) => !o.exclusive && o !== first && random() < 0.25).slice(0, 2);
      answers[q.id] = [first, ...more].map((o) => o.value);
    }
  }
  return answers;
}

import type { Answers, AnswerValue, Bank } from '../bank/schema.js';
import { coreOf } from '../../kinds/coreKinds.js';
import { unansweredQuestions } from './visibility.js';

/**
 * An `--answers` file that leaves out an optional question has skipped it, as the Skip row would: saved as its
 * kind's empty answer, so the interview is complete without it and `export` works. Repeated because a skip may
 * show further questions.
 */
export function skipMissingOptional(bank: Bank, answers: Answers): { answers: Answers; skipped: string[] } {
  let current: Record<string, AnswerValue> = { ...answers };
  const skipped: string[] = [];
  for (;;) {
    const open = unansweredQuestions(bank, current).filter((q) => q.optional);
    if (open.length === 0) return { answers: current, skipped };
    current = { ...current, ...Object.fromEntries(open.map((q) => [q.id, coreOf(q).empty])) };
    skipped.push(...open.map((q) => q.id));
  }
}

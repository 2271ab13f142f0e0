import { isAnswered } from '../core/bank/evaluate.js';
import type { Answers, AnswerValue, Question } from '../core/bank/schema.js';
import { answerOf } from '../core/bank/answerOf.js';
import { coreOf } from '../kinds/coreKinds.js';
import { hasSkipRow } from '../kinds/skipRow.js';

/** What pressing Enter on an empty line answers, and why; null when Enter alone is no answer. */
export type EnterMeans = { value: AnswerValue; as: 'current' | 'default' | 'skip' } | null;

/** Enter keeps the answer being revisited, else takes the bank's default, else skips an optional question. */
export function enterMeans(question: Question, answers: Answers): EnterMeans {
  const kind = coreOf(question);
  const current = answerOf(answers, question.id);
  // A skipped question with a Skip row has a number of its own for it; empty text or ticks have none.
  if (current !== undefined && (isAnswered(current) || hasSkipRow(kind.offered(question, answers)))) return { value: current, as: 'current' };
  const value = kind.defaultAnswer(question, answers);
  if (value !== undefined) return { value, as: 'default' };
  if (question.optional) return { value: kind.empty, as: 'skip' };
  return null;
}

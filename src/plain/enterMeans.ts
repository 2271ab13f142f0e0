import { isAnswered } from '../core/bank/evaluate.js';
import type { Answers, AnswerValue, Question } from '../core/bank/schema.js';
import { numberedOptions } from './numberedOptions.js';
import { answerOf } from '../core/bank/answerOf.js';

/** What pressing Enter on an empty line answers, and why; null when Enter alone is no answer. */
export type EnterMeans = { value: AnswerValue; as: 'current' | 'default' | 'skip' } | null;

/** Enter keeps the answer being revisited, else takes the bank's default, else skips an optional question. */
export function enterMeans(question: Question, answers: Answers): EnterMeans {
  const current = answerOf(answers, question.id);
  // A skipped single choice has a number of its own ("Skip this question"); empty text or ticks have none.
  if (current !== undefined && (isAnswered(current) || question.kind === 'single')) return { value: current, as: 'current' };
  if (question.kind !== 'text' && question.default !== undefined) {
    const offered = numberedOptions(question, answers).map((r) => r.value);
    const value = question.kind === 'single' ? question.default : question.default.filter((v) => offered.includes(v));
    const valid = typeof value === 'string' ? offered.includes(value) : value.length > 0;
    if (valid) return { value, as: 'default' };
  }
  if (question.optional) return { value: question.kind === 'multi' ? [] : '', as: 'skip' };
  return null;
}

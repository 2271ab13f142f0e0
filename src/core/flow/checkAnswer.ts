import type { Answers, AnswerValue, Question } from '../bank/schema.js';
import { coreOf, type coreKinds } from '../../kinds/coreKinds.js';
import type { Kind } from '../../kinds/kindSchemas.js';

/**
 * Why a value cannot be the answer to a question, as a code with its data; src/messages words it for the person.
 * The union of every kind's own codes (src/kinds/KIND/core.ts), so a kind's new code needs words or does not compile.
 */
export type AnswerRefusal = NonNullable<ReturnType<(typeof coreKinds)[Kind]['check']>>;

/** Why a value cannot be the answer to a question; null when it can. Each kind says (src/kinds/KIND/core.ts). */
export function checkAnswer(question: Question, value: AnswerValue, answers: Answers): AnswerRefusal | null {
  return coreOf(question).check(question, value, answers) as AnswerRefusal | null;
}

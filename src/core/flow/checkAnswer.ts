import type { Answers, AnswerValue, Question } from '../bank/schema.js';
import { coreOf } from '../../kinds/coreKinds.js';

/** Why a value cannot be the answer to a question, in words for the person answering; null when it can. Each kind says (src/kinds/KIND/core.ts). */
export function checkAnswer(question: Question, value: AnswerValue, answers: Answers): string | null {
  return coreOf(question).check(question, value, answers);
}

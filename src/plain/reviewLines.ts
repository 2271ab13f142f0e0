import { describeAnswer, questionLabel } from '../core/bank/describeAnswer.js';
import type { Answers, Bank } from '../core/bank/schema.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import { wrapLines } from './wrapLines.js';

export const REVIEW_ASK = 'Enter a number to change that answer, or press Enter to see your plan';

/** Every answer before the plan, numbered: "4. Employment: Not in imaging right now", then what to type. */
export function reviewLines(bank: Bank, answers: Answers): string[] {
  const questions = visibleQuestions(bank, answers);
  return [
    `Review your answers (${questions.length}):`,
    ...questions.flatMap((q, i) => wrapLines(`${questionLabel(q)}: ${describeAnswer(q, answers[q.id])}`, `${i + 1}. `)),
    `${REVIEW_ASK}.`,
    'b goes back to the last question, ? repeats the list.',
  ];
}

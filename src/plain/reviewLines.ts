import { describeAnswer, questionLabel } from '../core/bank/describeAnswer.js';
import type { Answers, Bank } from '../core/bank/schema.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import { REVIEW_ASK } from './interpretReview.js';
import { PLAIN_KEYS, TYPE_BACK } from './plainKeys.js';
import { plainLine } from './plainLine.js';
import { answerOf } from '../core/bank/answerOf.js';

/** Every answer before the plan, numbered, one line each: "4. Employment: Not in imaging right now", then what to type. */
export function reviewLines(bank: Bank, answers: Answers): string[] {
  const questions = visibleQuestions(bank, answers);
  return [
    `Review your answers, ${questions.length} in all, before you see your plan:`,
    ...questions.map((q, i) => plainLine(`${questionLabel(q)}: ${describeAnswer(q, answerOf(answers, q.id))}`, `${i + 1}. `)),
    `${REVIEW_ASK}.`,
    `${TYPE_BACK} to the last question, or ${PLAIN_KEYS.repeat} to list your answers again.`,
  ];
}

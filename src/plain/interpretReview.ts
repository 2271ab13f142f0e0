import type { Answers, Bank } from '../core/bank/schema.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import type { Interpretation } from './Interpretation.js';
import { quote } from './plainLine.js';

/** What to type at the review, without the final period; also ends its re-asks. */
export const REVIEW_ASK = 'Type the number of an answer to change it, or press Enter to see your plan';

/** A line typed at the review (after `<` and `?`): Enter shows the plan, a number changes that answer. */
export function interpretReview(bank: Bank, answers: Answers, input: string): Interpretation {
  if (input === '') return { type: 'act', action: { type: 'finish' } };
  const questions = visibleQuestions(bank, answers);
  if (!/^\d+$/.test(input)) return { type: 'reask', lines: [`${quote(input)} is not a number. ${REVIEW_ASK}.`] };
  const question = questions[Number(input) - 1];
  if (!question) return { type: 'reask', lines: [`${quote(input)} is not between 1 and ${questions.length}. ${REVIEW_ASK}.`] };
  return { type: 'act', action: { type: 'edit', id: question.id } };
}

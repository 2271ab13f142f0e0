import type { Answers, Bank } from '../core/bank/schema.js';
import { visibleQuestions } from '../core/flow/visibility.js';
import type { Interpretation } from './Interpretation.js';
import { REVIEW_ASK } from './reviewLines.js';
import { quote } from './wrapLines.js';

/** A line typed at the review (after `b` and `?`): Enter shows the plan, a number changes that answer. */
export function interpretReview(bank: Bank, answers: Answers, input: string): Interpretation {
  if (input === '') return { type: 'act', action: { type: 'finish' } };
  const questions = visibleQuestions(bank, answers);
  if (!/^\d+$/.test(input)) return { type: 'reask', lines: [`${quote(input)} is not a number. ${REVIEW_ASK}.`] };
  const question = questions[Number(input) - 1];
  if (!question) return { type: 'reask', lines: [`${quote(input)} is not between 1 and ${questions.length}. ${REVIEW_ASK}.`] };
  return { type: 'act', action: { type: 'edit', id: question.id } };
}

import { answerOf } from '../bank/answerOf.js';
import type { Answers, AnswerValue, Bank, QuestionInBank } from '../bank/schema.js';
import { isVisible } from '../bank/evaluate.js';

/** A question two people answered differently; an answer is undefined where that person was not asked it. */
export interface AnswerDifference {
  question: QuestionInBank;
  first: AnswerValue | undefined;
  second: AnswerValue | undefined;
}

/** Order does not matter in a multi answer: ["a", "b"] and ["b", "a"] are the same choice. */
function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return a === b;
}

/**
 * Where two sets of answers differ, in bank order: every question either person was asked (visible for their answers)
 * whose answers are not the same. A question only one was asked counts, with the other's answer undefined.
 */
export function compareAnswers(bank: Bank, first: Answers, second: Answers): AnswerDifference[] {
  return bank.questions.flatMap((question) => {
    const a = isVisible(question, first) ? answerOf(first, question.id) : undefined;
    const b = isVisible(question, second) ? answerOf(second, question.id) : undefined;
    if ((a === undefined && b === undefined) || sameAnswer(a, b)) return [];
    return [{ question, first: a, second: b }];
  });
}

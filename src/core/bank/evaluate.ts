import type { Answers, AnswerValue, ChoiceQuestion, Option, Question } from './schema.js';
import type { Condition } from './condition.js';
import { answerOf } from './answerOf.js';

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  return Array.isArray(value) ? value.length > 0 : value.trim().length > 0;
}

export function evaluate(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers));
  if ('not' in condition) return !evaluate(condition.not, answers);
  const value = answerOf(answers, condition.question);
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  if (value === undefined) return false;
  const chosen = Array.isArray(value) ? value : [value];
  return chosen.some((v) => condition.in.includes(v));
}

export function isVisible(question: Pick<Question, 'show_if'>, answers: Answers): boolean {
  return question.show_if === undefined || evaluate(question.show_if, answers);
}

export function visibleOptions(question: ChoiceQuestion, answers: Answers): Option[] {
  return question.options.filter((o) => o.show_if === undefined || evaluate(o.show_if, answers));
}

/** The questions a condition reads, for validation and for explaining plan items. */
export function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  if ('not' in condition) return questionsIn(condition.not);
  return [condition.question];
}

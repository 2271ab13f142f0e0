import type { Answers, AnswerValue } from './schema.js';

/**
 * The answer to question `id`, or undefined: read as an own property only. `answers[id]` on a plain object finds
 * what every object inherits, so an id like `constructor` would look answered (with a function) before anyone
 * answered it. `validate` refuses such ids; this keeps the lookups right whatever object they are given.
 */
export function answerOf(answers: Answers, id: string): AnswerValue | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

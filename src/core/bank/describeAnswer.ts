import type { AnswerValue, Question } from './schema.js';
import { coreOf } from '../../kinds/coreKinds.js';

/** The answer as the person would read it: option labels, the text itself, the number with its unit; "(skipped)" for an empty optional answer. */
export function describeAnswer(question: Question, value: AnswerValue | undefined): string {
  if (value === undefined) return '(not answered)';
  return coreOf(question).describe(question, value);
}

/** The short name of a question for review screens and listings. */
export function questionLabel(question: Question): string {
  return question.label ?? question.prompt;
}

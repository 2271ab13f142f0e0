import type { AnswerValue, Question } from './schema.js';

/** The answer as the person would read it: option labels, or the text itself; "(skipped)" for an empty optional answer. */
export function describeAnswer(question: Question, value: AnswerValue | undefined): string {
  if (value === undefined) return '(not answered)';
  if (question.kind === 'text') return typeof value === 'string' && value.trim() !== '' ? value : '(skipped)';
  const chosen = Array.isArray(value) ? value : [value];
  if (chosen.length === 0 || chosen[0] === '') return '(skipped)';
  return chosen.map((v) => question.options.find((o) => o.value === v)?.label ?? v).join(', ');
}

/** The short name of a question for review screens and listings. */
export function questionLabel(question: Question): string {
  return question.label ?? question.prompt;
}

import type { AnswerValue, Option } from '../bank/schema.js';

/** The options an answer chose, in the bank's option order; values that are not options are left out. */
export function chosenOptions(question: { options: readonly Option[] }, value: AnswerValue | undefined): Option[] {
  const chosen = chosenValues(value);
  return question.options.filter((o) => chosen.includes(o.value));
}

/** A single or multi answer as a list of values; empty when unanswered. */
export function chosenValues(value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '');
}

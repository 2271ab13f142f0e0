import type { Option } from '../core/bank/questionBase.js';
import type { AnswerValue } from '../core/bank/schema.js';
import type { KindProblem } from './KindCore.js';
import { chosenOptions } from '../core/plan/chosenOptions.js';
import type { PlaceholderWords } from '../core/plan/fillPlaceholders.js';
import type { ChoiceQuestion } from '../core/bank/schema.js';

/** A choice answer as the person reads it: the chosen options' labels (a value the bank lost shows as itself). */
export function choiceDescribe(question: { options: readonly Option[] }, value: AnswerValue): string {
  const chosen = Array.isArray(value) ? value : [value];
  if (chosen.length === 0 || chosen[0] === '') return '(skipped)';
  return chosen.map((v) => question.options.find((o) => o.value === v)?.label ?? v).join(', ');
}

/** A default must be one of the question's options. */
export function defaultProblems(question: { options: readonly Option[] }, defaults: readonly string[]): KindProblem[] {
  return defaults
    .filter((d) => !question.options.some((o) => o.value === d))
    .map((d) => ({ field: 'default', problem: { code: 'defaultNotOption', value: d } }));
}

/** A choice answer inside a plan sentence: the chosen options' `phrase ?? label`, joined as the plan's words say. */
export function choicePhrase(question: ChoiceQuestion, value: AnswerValue | undefined, words: PlaceholderWords): string | null {
  const options = chosenOptions(question, value);
  return options.length === 0 ? null : words.list(options.map((o) => o.phrase ?? o.label));
}

import { visibleOptions } from '../core/bank/evaluate.js';
import type { Answers, ChoiceQuestion } from '../core/bank/schema.js';

/** An option as plain mode lists it: numbered from 1. */
export interface NumberedOption {
  number: number;
  value: string;
  label: string;
  hint?: string;
  /** Chosen only on its own ("None of these yet"). */
  exclusive?: boolean;
}

/** The row that leaves an optional single choice empty; '' is what the reducer accepts (as in the Ink view). */
export const SKIP_LABEL = 'Skip this question';

/** The options on offer now (show_if applied), numbered; an optional single choice ends with "Skip this question". */
export function numberedOptions(question: ChoiceQuestion, answers: Answers): NumberedOption[] {
  const shown: Array<Omit<NumberedOption, 'number'>> = visibleOptions(question, answers);
  const rows = question.kind === 'single' && question.optional ? [...shown, { value: '', label: SKIP_LABEL }] : shown;
  return rows.map((o, i) => ({ number: i + 1, value: o.value, label: o.label, ...(o.hint ? { hint: o.hint } : {}), ...(o.exclusive ? { exclusive: true } : {}) }));
}

/** The numbers of the given values, in list order ("1, 3"); values not on offer are left out. */
export function numbersOf(rows: readonly NumberedOption[], values: readonly string[]): number[] {
  return rows.filter((r) => values.includes(r.value)).map((r) => r.number);
}

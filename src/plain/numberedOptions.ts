import type { Answers, Question } from '../core/bank/schema.js';
import { coreOf } from '../kinds/coreKinds.js';

/** An option as plain mode lists it: numbered from 1. */
export interface NumberedOption {
  number: number;
  value: string;
  label: string;
  hint?: string;
  /** Chosen only on its own ("None of these yet"). */
  exclusive?: boolean;
}

/** The rows on offer now (show_if applied, the kind's Skip row included), numbered; none for a field. */
export function numberedOptions(question: Question, answers: Answers): NumberedOption[] {
  return coreOf(question)
    .offered(question, answers)
    .map((o, i) => ({ number: i + 1, value: o.value, label: o.label, ...(o.hint ? { hint: o.hint } : {}), ...(o.exclusive ? { exclusive: true } : {}) }));
}

/** The numbers of the given values, in list order ("1, 3"); values not on offer are left out. */
export function numbersOf(rows: readonly NumberedOption[], values: readonly string[]): number[] {
  return rows.filter((r) => values.includes(r.value)).map((r) => r.number);
}

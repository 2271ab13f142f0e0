import type { KindCore } from '../KindCore.js';
import type { NumberQuestion } from './schema.js';

/** Digits only: no sign, no decimal point, no spaces (the range is whole numbers from min, which is never negative). */
const WHOLE = /^\d+$/;

/** "45 minutes". */
export function withUnit(question: NumberQuestion, value: string): string {
  return `${Number(value)} ${question.unit}`;
}

/** A whole number in a range, kept as its digits; '' when an optional question was skipped. */
/** Why a number answer is refused, with the range (and unit) its words name. */
export type NumberRefusal =
  | { code: 'typeNumber'; min: number; max: number }
  | { code: 'wholeNumber'; min: number; max: number }
  | { code: 'aboveMax'; value: number; max: number; unit: string }
  | { code: 'belowMin'; value: number; min: number; unit: string };

export const numberCore: KindCore<NumberQuestion, NumberRefusal> = {
  options: () => null,
  offered: () => [],
  defaultAnswer: () => undefined,
  empty: '',
  // A file may hold 45 or "45"; both are kept as "45", as the screens save it.
  fromFile: (value) => (typeof value === 'string' ? value : typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value) : undefined),
  fileShape: { code: 'expectedWholeNumber' },
  check(question, value) {
    const { min, max, unit } = question;
    if (typeof value !== 'string') return { code: 'wholeNumber', min, max };
    if (value.trim() === '') return question.optional ? null : { code: 'typeNumber', min, max };
    if (!WHOLE.test(value)) return { code: 'wholeNumber', min, max };
    const n = Number(value);
    if (n > max) return { code: 'aboveMax', value: n, max, unit };
    if (n < min) return { code: 'belowMin', value: n, min, unit };
    return null;
  },
  keepShown: (_question, value) => value,
  describe: (question, value) => (typeof value === 'string' && value.trim() !== '' ? withUnit(question, value) : '(skipped)'),
  phrase: (question, value) => (typeof value === 'string' && WHOLE.test(value) ? withUnit(question, value) : null),
  typedText: false,
  forExport: (_question, value) => (Array.isArray(value) ? [...value] : value),
  // Not counted by option; the report lists choice questions only.
  tally: null,
  redcap: {
    fieldType: () => 'text',
    checkboxes: false,
    identifier: () => false,
    validation: (question) => ({ type: 'integer', min: String(question.min), max: String(question.max) }),
  },
  checkQuestion: () => [],
};

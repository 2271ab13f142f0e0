import type { KindCore } from '../KindCore.js';
import type { NumberQuestion } from './schema.js';

/** Digits only: no sign, no decimal point, no spaces (the range is whole numbers from min, which is never negative). */
const WHOLE = /^\d+$/;

/** "45 minutes". */
export function withUnit(question: NumberQuestion, value: string): string {
  return `${Number(value)} ${question.unit}`;
}

/** A whole number in a range, kept as its digits; '' when an optional question was skipped. */
export const numberCore: KindCore<NumberQuestion> = {
  options: () => null,
  offered: () => [],
  defaultAnswer: () => undefined,
  empty: '',
  // A file may hold 45 or "45"; both are kept as "45", as the screens save it.
  fromFile: (value) => (typeof value === 'string' ? value : typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value) : undefined),
  fileShape: 'expected a whole number',
  check(question, value) {
    if (typeof value !== 'string') return `Type a whole number from ${question.min} to ${question.max}.`;
    if (value.trim() === '') return question.optional ? null : `Type a number from ${question.min} to ${question.max}, or go back.`;
    if (!WHOLE.test(value)) return `Type a whole number from ${question.min} to ${question.max}, digits only.`;
    const n = Number(value);
    if (n > question.max) return `${n} is more than ${question.max} ${question.unit}: type ${question.max} or less.`;
    if (n < question.min) return `${n} is less than ${question.min} ${question.unit}: type ${question.min} or more.`;
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

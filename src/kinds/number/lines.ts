import type { KindLines } from '../KindLines.js';
import type { NumberQuestion } from './schema.js';

/** "a number of minutes, 0 to 300". */
function range(question: NumberQuestion): string {
  return `${question.min} to ${question.max}`;
}

/** A whole number typed as digits; its range and the words for one out of range are the reducer's (numberCore). */
export const numberLines: KindLines<NumberQuestion> = {
  expected: (question) => `a number of ${question.unit}, ${range(question)}`,
  filtered: () => false,
  ask: (question) => `Type a number from ${range(question)} (${question.unit}) and press Enter`,
  emptyLine: () => null,
  // "45 minutes" or " 45" reads as 45: the digits are what was meant. Anything else goes to the reducer as typed,
  // so its refusal ("Type a whole number…") names the range.
  read: (_question, _rows, input) => ({ ok: true, value: /^\d+(\s*\p{L}+)?$/u.test(input) ? (input.match(/^\d+/)?.[0] ?? input) : input }),
  repeatWords: 'repeat the question',
  askAfterRefusal: false,
  keyView: () => 'text',
  spokenKind: (question) => `a number from ${range(question)} ${question.unit}`,
};

import { stripControl } from '../../core/text/stripControl.js';
import type { KindLines } from '../KindLines.js';
import type { TextQuestion } from './schema.js';

/** A typed answer: the line itself, without control characters or surrounding spaces. */
export const textLines: KindLines<TextQuestion> = {
  expected: () => 'type your answer',
  filtered: () => false,
  ask: () => 'Type your answer and press Enter',
  emptyLine: () => null,
  read: (_question, _rows, input) => ({ ok: true, value: stripControl(input).trim() }),
  repeatWords: 'repeat the question',
  askAfterRefusal: false,
  keyView: () => 'text',
  spokenKind: () => 'a typed answer',
};

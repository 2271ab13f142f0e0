import { removeUnsafe } from '../text/removeUnsafe.js';
import type { UnsafeKind } from '../contentProblem.js';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Named as line breaks rather than as control characters: that is what a bank author typed. */
const BREAK = /[\n\v\f\r\u0085\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- C0, DEL and C1
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

/** `U+001B`, `U+E0041` */
const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character in a line of bank text that must not be there, as its kind and code point
 * (`{ what: 'control', codePoint: 'U+001B' }`), or undefined. The rule is the shared one that printing uses (removeUnsafe): a character is unsafe when that rule
 * removes it on its own, so the bank refuses exactly what the screen would have stripped, and one list is kept.
 * Tab and line feed, which removeUnsafe leaves for CSV cells, are refused too: every bank text is a single line.
 */
export function unsafeCharacter(text: string): { what: UnsafeKind; codePoint: string } | undefined {
  if (removeUnsafe(text) === text && !/[\t\n\u2028\u2029]/.test(text)) return undefined;
  for (const ch of text) {
    // Separators become spaces when printed, but a bank text is one line: refuse them as line breaks.
    if (ch !== '\t' && ch !== '\n' && !BREAK.test(ch) && removeUnsafe(ch) !== '') continue;
    const what = ch === '\t' ? 'tab' : BREAK.test(ch) ? 'lineBreak' : CONTROL.test(ch) ? 'control' : BIDI.test(ch) ? 'bidi' : 'invisible';
    return { what, codePoint: codePoint(ch) };
  }
  return undefined;
}

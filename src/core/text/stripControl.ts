import { removeUnsafe } from './removeUnsafe.js';

/** Line and paragraph breaks of every kind, and tabs: each becomes one space in single-line output. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Text from data files (or typed by a person) made safe to print on a terminal: escape sequences, control, bidi and
 * invisible characters go (see removeUnsafe), line breaks and tabs become spaces, so a value can neither restyle
 * the screen, move the cursor, write the clipboard, overwrite what was printed before it nor reorder itself.
 */
export function stripControl(text: string): string {
  return removeUnsafe(text.replace(BREAKS, ' '));
}

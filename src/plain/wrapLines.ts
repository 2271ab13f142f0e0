import { stripControl } from '../core/text/stripControl.js';
import { wrapText } from '../render/wrapText.js';

/** Plain mode wraps prose to this many columns, so lines stay readable on any terminal and in a log. */
export const PLAIN_WIDTH = 80;

/**
 * `text` made safe to print (no escape sequences or control characters) and wrapped: the first line starts
 * with `first`, the others with `rest` (an indent lining up with the text after a number, say).
 */
export function wrapLines(text: string, first = '', rest = ' '.repeat(first.length)): string[] {
  return wrapText(stripControl(text), PLAIN_WIDTH - first.length, PLAIN_WIDTH - rest.length).map(
    (line, i) => `${i === 0 ? first : rest}${line}`,
  );
}

/** Something the person typed, quoted in a message: safe to print, and cut short if long. */
export function quote(input: string): string {
  const safe = stripControl(input).trim();
  return `“${safe.length > 30 ? `${safe.slice(0, 29)}…` : safe}”`;
}

import { stripControl } from '../core/text/stripControl.js';

/**
 * `text` as one line, safe to print (no escape sequences or control characters, line breaks made spaces), after
 * `prefix` (an option's number, say). Never wrapped: the terminal wraps it to its own width, and a screen reader
 * reads one line as one sentence, with no word and no web address cut in two.
 */
export function plainLine(text: string, prefix = ''): string {
  return `${prefix}${stripControl(text).replace(/\s+/g, ' ').trim()}`;
}

/** Something the person typed, quoted in a message: safe to print, and cut short if long. */
export function quote(input: string): string {
  const safe = stripControl(input).trim();
  return `“${safe.length > 30 ? `${safe.slice(0, 29)}…` : safe}”`;
}

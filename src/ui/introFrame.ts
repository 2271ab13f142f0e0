// No Ink or React: the first frame (src/cli/firstFrame.ts) prints these same lines before they are loaded.
import { INTRO_START, introLines } from '../messages/intro.js';
import { glyphs } from './glyphs.js';
import { keyHelpLines } from './keyHelpText.js';
import { wrapLines } from '../core/text/wrapLines.js';

/** The intro's key help: Enter goes on to the first question; Esc stops (nothing has been answered to save). */
export const INTRO_KEYS = `enter start ${glyphs.separator} esc quit`;

/**
 * The intro as the Ink interview draws it, in lines of at most `columns`: the shared words, a blank line between
 * paragraphs, then how to start and the key help. Shorter than `rows` always: in a small terminal the paragraphs
 * that don't fit are left out (how to start and how to stop never are), since a frame as tall as the terminal
 * makes Ink wipe the scrollback.
 */
export function introFrame(columns: number, rows: number, command: string): string[] {
  const tail = [...wrapLines(INTRO_START, columns), ...keyHelpLines(INTRO_KEYS, columns)];
  const budget = rows - 1 - tail.length;
  const body: string[] = [];
  for (const paragraph of introLines({ quitKey: 'Esc', command })) {
    const lines = wrapLines(paragraph, columns);
    const gap = body.length > 0 ? 1 : 0;
    if (body.length + gap + lines.length + 1 > budget) continue;
    body.push(...(gap ? [''] : []), ...lines);
  }
  return [...body, ...(body.length > 0 ? [''] : []), ...tail];
}

import { wrapLines } from '../core/text/wrapLines.js';

/** How many terminal lines `text` takes in `width` columns, drawn with wrapLines: for the frame's height budget. */
export function countLines(text: string, width: number): number {
  return wrapLines(text, width).length;
}

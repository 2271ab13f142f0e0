/**
 * How many terminal lines `text` takes when wrapped at `width` columns, wrapping at spaces and
 * breaking words longer than a line, as Ink does. Used to budget the frame height before rendering.
 * Counts characters, not display width: the bank's text is plain prose.
 */
export function countLines(text: string, width: number): number {
  const columns = Math.max(1, width);
  let total = 0;
  for (const paragraph of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= columns) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line is broken across lines.
      lines += Math.max(0, Math.ceil(word.length / columns) - 1);
      used = word.length % columns || Math.min(word.length, columns);
    }
    total += lines;
  }
  return total;
}

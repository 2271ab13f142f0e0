/**
 * Text wrapped at spaces to `width` columns, as the interview draws it: no line starts with the space it
 * was wrapped at (Ink's own wrapping keeps it), and a word longer than a line is cut across lines.
 * The frame's height budget counts these same lines. Counts characters, not display width: the bank's
 * text is plain prose.
 */
export function wrapLines(text: string, width: number): string[] {
  const columns = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length <= columns) {
        line += ` ${word}`;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (rest.length > columns) {
        lines.push(rest.slice(0, columns));
        rest = rest.slice(columns);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

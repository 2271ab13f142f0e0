/**
 * Splits text into lines of at most `firstWidth` (first line) and `restWidth` (the others) characters, at spaces.
 * Runs of whitespace, newlines included, become one space. A word longer than a line (a long address) keeps a line
 * to itself unbroken, so it can still be copied or clicked.
 */
export function wrapText(text: string, firstWidth: number, restWidth: number = firstWidth): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const width = lines.length === 0 ? firstWidth : restWidth;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

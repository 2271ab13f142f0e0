export interface WrapOptions {
  /** The width of every line after the first (a hanging indent); `width` by default. */
  restWidth?: number;
  /**
   * A word longer than a line: `cut` across lines, as the interview draws it (the frame's height budget counts these
   * same lines), or `keep` whole on a line of its own, as printed plans do, so a long address can still be copied.
   */
  longWords?: 'cut' | 'keep';
  /** Runs of whitespace, newlines included, become one space (prose from files); otherwise each \n starts a line. */
  collapse?: boolean;
}

/** How printed text (plans, reports, listings) wraps: prose from files, long addresses whole. */
export const PROSE = { longWords: 'keep', collapse: true } as const satisfies WrapOptions;

/**
 * Text wrapped at spaces: the one wrap function of the screens, the first frame and printed text. No line starts
 * with the space it was wrapped at (Ink's own wrapping keeps it). Counts characters, not display width: the bank's
 * text is plain prose.
 */
export function wrapLines(text: string, width: number, { restWidth = width, longWords = 'cut', collapse = false }: WrapOptions = {}): string[] {
  const source = collapse ? text.split(/\s+/).filter((w) => w !== '').join(' ') : text;
  const lines: string[] = [];
  const widthNow = () => Math.max(1, lines.length === 0 ? width : restWidth);
  for (const paragraph of source.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length <= widthNow()) {
        line += ` ${word}`;
        continue;
      }
      if (line !== '') lines.push(line);
      let rest = word;
      while (longWords === 'cut' && rest.length > widthNow()) {
        const cut = widthNow();
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

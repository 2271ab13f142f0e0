/**
 * Where `[`/`{` nesting in YAML or JSON text first goes deeper than `max`, or where a line's block nesting
 * (its indentation and `- ` markers) starts past column 2 × `max`, or undefined. The parser recurses once
 * per level, and a few hundred to a few thousand levels exhaust the stack, how many depending on what ran
 * before, so leaving deep block nesting to the parser made the same file fail in one process and load in
 * another. This cheap count runs first. Quoted strings and comments are skipped; a bracket inside plain
 * text can only make the count higher, which a real file never gets near.
 */
export function findTooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    const before = i === 0 ? '\n' : text[i - 1]!;
    if (before === '\n') {
      const start = i;
      while (text[i] === ' ' || (text[i] === '-' && text[i + 1] === ' ')) i += text[i] === '-' ? 2 : 1;
      if (i - start > 2 * max) return start;
      if (i > start) {
        i -= 1;
        continue;
      }
    }
    if (c === '[' || c === '{') {
      depth += 1;
      if (depth > max) return i;
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    } else if ((c === '"' || c === "'") && /[\s[{,:]/.test(before)) {
      i = closingQuote(text, i);
    } else if (c === '#' && /\s/.test(before)) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    }
  }
  return undefined;
}

function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i += 1) {
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** Characters that could start a link, image, emphasis, code, HTML or strike-through anywhere in a line. */
const INLINE = /[\\`*_[\]<>~]/g;

/**
 * Data as literal Markdown text: significant characters backslash-escaped, line breaks folded into spaces,
 * and a leading list or block marker neutralised, so nothing from a data file can add a link, HTML, or a new block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(/^([-+#|])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** An address usable as a Markdown link target, or undefined when it is not http(s) or mailto. */
export function markdownUrl(url: string): string | undefined {
  if (!/^(?:https?:\/\/|mailto:)/i.test(url)) return undefined;
  return url.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

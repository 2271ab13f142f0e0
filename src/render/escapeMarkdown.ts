import { stripControl } from '../core/text/stripControl.js';

/**
 * Characters that could start a link, image, emphasis, code, HTML, strike-through, a table cell or a character
 * reference anywhere in a line. `&` matters because `&#x202E;` would turn back into a bidi control when rendered,
 * and `|` because a value may sit in a table cell; escaping both in prose is harmless (they render as themselves).
 */
const INLINE = /[\\`*_[\]<>~|&]/g;

/**
 * Data as literal Markdown text: escape sequences and controls removed (a Markdown file is also read with `cat`),
 * significant characters backslash-escaped, line breaks folded into spaces, and a leading list or block marker
 * neutralised, so nothing from a data file can add a link, an image, HTML, a new block or break a table row.
 * Bare addresses are left as they are: a viewer may make them clickable, but they show exactly where they go.
 */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(/^([-+#])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Anything that is not visible ASCII, and the characters that would end a Markdown link target early. */
const NOT_IN_TARGET = /[^\x21-\x7E]|[()<>]/gu;

/**
 * An address usable as a Markdown link target, or undefined when it is not http(s) or mailto. Spaces, controls,
 * escapes and non-ASCII characters are percent-encoded, so the target can neither end early nor carry raw bytes.
 */
export function markdownUrl(url: string): string | undefined {
  if (!/^(?:https?:\/\/|mailto:)/i.test(url)) return undefined;
  return url.replace(NOT_IN_TARGET, (ch) => {
    try {
      return encodeURIComponent(ch).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate: U+FFFD, the replacement character
    }
  });
}

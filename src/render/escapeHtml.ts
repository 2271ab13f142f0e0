import { stripControl } from '../core/text/stripControl.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Data as literal HTML text, safe in element content and in quoted attributes: escape sequences, control, bidi and
 * invisible characters removed and line breaks folded (stripControl, as the other renderers do), then `& < > " '`
 * written as entities, so nothing from a data file can add markup, an attribute, a link that loads or a character
 * reference that turns back into a bidi control.
 */
export function escapeHtml(text: string): string {
  return stripControl(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * Characters JSON.stringify writes raw but a terminal or an editor acts on: DEL and the C1 controls (U+009B is a
 * CSI on some terminals), soft hyphen, bidi controls, zero-width space and other invisible format characters (not
 * the joiners, which emoji and some scripts need), line and paragraph separators, BOM, and the Unicode tag block
 * (surrogate pairs U+DB40 U+DC00–DC7F).
 */
const RAW_BUT_UNSAFE = /[\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

const escape = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON.stringify, with the characters above written as \u escapes. These can occur only inside strings, where
 * the escape means the same character: parsing the output gives back exactly the value (free text is kept as
 * typed), while printing it shows the escape instead of acting on it. JSON.stringify already escapes C0.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_BUT_UNSAFE, (match) => match.split('').map(escape).join(''));
}

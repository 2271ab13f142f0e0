/**
 * Typography with a plain-ASCII stand-in that reads the same aloud and on any terminal. Dashes keep spaces around
 * them in the text already ("Question 2 — About you"), so a hyphen is enough.
 */
const STAND_INS: Record<string, string> = {
  '·': '-', '—': '-', '–': '-', '‒': '-', '−': '-',
  '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '‚': "'", '«': '"', '»': '"',
  '•': '*', '…': '...', '→': '->', '←': '<-', '↑': 'up', '↓': 'down', '❯': '>', '›': '>', '‹': '<',
  '§': 'Sec.', '×': 'x', '≤': '<=', '≥': '>=', '©': '(c)', '®': '(R)', '™': '(TM)', '°': ' degrees',
  '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ',
};

/**
 * `text` in ASCII only, for `--ascii` and terminals whose locale is not UTF-8 (where `—` prints as `â€"`): curly
 * quotes, dashes, bullets, arrows and the ellipsis become their plain forms, accented letters lose their accents
 * ("Cañon" → "Canon"), and anything left that ASCII cannot show becomes "?", so nothing prints as mojibake.
 */
export function toAscii(text: string): string {
  // eslint-disable-next-line no-control-regex -- the range is "everything outside ASCII"
  return text.replace(/[^\u0000-\u007F]+/g, (run) =>
    [...run]
      .map((ch) => STAND_INS[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, ''))
      .join('')
      // eslint-disable-next-line no-control-regex -- the same range
      .replace(/[^\u0000-\u007F]/gu, '?'),
  );
}

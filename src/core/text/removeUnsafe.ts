/**
 * What a terminal, a spreadsheet or a reader could be fooled by, in order:
 * - string sequences (OSC such as hyperlinks and clipboard writes, DCS, SOS, PM, APC), 7- and 8-bit, with their
 *   payload up to the terminator, or to the end of the text when unterminated (a cut-off OSC 52 must not leave
 *   base64 behind for the next escape to pick up);
 * - CSI sequences (colour, cursor moves, clearing the screen), 7-bit `ESC [` and 8-bit U+009B;
 * - any other escape with its intermediates and final character (charset switches, `ESC c` reset, `ESC # 8`);
 * - every remaining C0 and C1 control and DEL, except tab and line feed, which the callers decide about;
 * - bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9), which reorder what is shown ("exe.txt" shown as "txt.exe");
 * - invisible characters that make two different texts look the same: zero-width space, word joiner and the
 *   invisible operators, deprecated format characters, BOM, interlinear annotation marks, and the Unicode tag
 *   block (U+E0000–E007F, which can smuggle a hidden message through ASCII-looking text); and the characters that
 *   draw nothing though they are not marked invisible: Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the soft
 *   hyphen (U+00AD), the combining grapheme joiner (U+034F), Khmer inherent vowels (U+17B4–5), Mongolian variation
 *   selectors (U+180B–F), shorthand format controls (U+1BCA0–3), musical format controls (U+1D173–A), the
 *   specials (U+FFF0–8) and the braille blank (U+2800).
 * Line and paragraph separators (U+2028, U+2029) become spaces here rather than disappearing, so words either side
 * stay apart; NEL (U+0085) is a C1 control and goes with them.
 * Zero-width joiner and non-joiner stay: emoji sequences and several scripts (Persian, Indic) need them to render,
 * and they cannot reorder or hide text.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters we remove
  /(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?|\u001B[ -/]*[0-~]?|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFEFF\uFFA0\uFFF0-\uFFFB\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}]|\u034F|\u17B4|\u17B5|\u180B|\u180C|\u180D|\u180F/gu;
const SEPARATORS = /[\u0085\u2028\u2029]/g;

/**
 * Text with escape sequences, control characters (other than tab and line feed), bidi controls and invisible
 * characters removed; everything else is kept as it was. Callers turn carriage returns into what they need first.
 */
export function removeUnsafe(text: string): string {
  return text.replace(SEPARATORS, ' ').replace(UNSAFE, '');
}

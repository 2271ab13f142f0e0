/** Hostile text shared by the hostile-content tests: every kind of escape, control, bidi and invisible character. */

/** What must never reach a terminal or a text output raw: ESC and C0 (but tab and line feed), DEL, C1, bidi, invisible. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters we look for
export const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]|\udb40[\udc00-\udc7f]/u;

/** One value carrying all of them: CSI colour, cursor moves, clear screen, OSC 8, OSC 52, CR, BS, bidi, C1, zero-width, DEL. */
export const HOSTILE_TEXT =
  'A\u001b[31mRED\u001b[0m \u001b[2A\u001b[10;20H \u001b[2J\u001b[3J ' +
  '\u001b]8;;http://evil.example/\u0007link\u001b]8;;\u0007 \u001b]52;c;cm0gLXJmIH4K\u0007 ' +
  'safe\rEVIL back\b\b\b \u202egnp.exe \u2066iso\u2069 c1\u009b2J zw\u200bx del\u007f tag\u{e0041}';

/** The words of HOSTILE_TEXT that must survive sanitizing: the payload goes, the person's words stay. */
export const HOSTILE_WORDS = ['ARED', 'link', 'safe EVIL', 'gnp.exe', 'iso', 'zwx'];

/** Starts a spreadsheet reads as a formula, including behind spaces and behind characters that get removed. */
export const FORMULAS = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '\u00a0@SUM(A1)',
  '\u001b[31m=1+1',
  '\u202e=1+1',
  '=HYPERLINK("http://evil.example","click")',
  "=cmd|' /C calc'!A0",
];

/** RFC 4180 text as rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * Escape sequences (OSC, CSI, two-character ESC) first, then every other C0/C1 control and DEL,
 * keeping only tab and line feed (carriage returns are normalised to line feeds before this runs).
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters we remove
const UNSAFE = /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B\[[0-?]*[ -/]*[@-~]?|\u001B[@-_]?|\u009B[0-?]*[ -/]*[@-~]?|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * A first character that makes a spreadsheet read the cell as a formula (OWASP "CSV injection").
 * Line feed is included because carriage returns have become line feeds by the time this is tested.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A cell that must be quoted under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell's text: controls stripped, formula starts neutralised, quoted when needed. */
export function csvCell(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  let text = cell.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One RFC 4180 line, without the line break. null and undefined are empty cells; numbers are written as is
 * (so -3 stays a number); a string that starts with =, +, -, @, tab, CR or LF gets a leading apostrophe so a
 * spreadsheet shows it as text, and control characters other than tab and line feed are removed, since cells
 * come from other people's files.
 */
export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

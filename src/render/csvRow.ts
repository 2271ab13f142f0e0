import { removeUnsafe } from '../core/text/removeUnsafe.js';

/** Every kind of line break, made a line feed before anything else: one rule for quoting and for formulas. */
const BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): one starting with =, +, -, @, or with a tab
 * or line break (carriage returns are line feeds by now). Spaces before the sign do not help: Excel and LibreOffice
 * may trim them on import (" =1+1" is a formula there), so the sign counts after any leading whitespace.
 */
const FORMULA_START = /^[\t\n]|^\s*[=+\-@]/;

/** A cell that must be quoted under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell's text: escapes and controls removed, formula starts neutralised, quoted when needed. */
export function csvCell(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  let text = removeUnsafe(cell.replace(BREAKS, '\n'));
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One RFC 4180 line, without the line break. null and undefined are empty cells; numbers are written as is
 * (so -3 stays a number); a string that starts (after any spaces) with =, +, -, @, or with a tab or line break,
 * gets a leading apostrophe so a spreadsheet shows it as text; escape sequences, control characters other than
 * tab and line feed, bidi and invisible characters are removed (see removeUnsafe), since cells come from other
 * people's files.
 */
export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

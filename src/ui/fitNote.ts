import { symbols } from './theme.js';
import { wrapLines } from '../core/text/wrapLines.js';

/** Lines a question needs at the least: header, a line of question, three of list and two of key help. */
const QUESTION_LINES = 8;

/** The resume note in as many lines as leave a question its room (none in a tiny terminal), cut with "…". */
export function fitNote(note: string, columns: number, rows: number): string {
  const lines = note.split('\n').flatMap((line) => wrapLines(line, columns));
  const room = rows - 1 - QUESTION_LINES;
  if (lines.length <= room) return note;
  if (room <= 0) return '';
  return [...lines.slice(0, room - 1), `${lines[room - 1] ?? ''}${symbols.ellipsis}`].join('\n');
}

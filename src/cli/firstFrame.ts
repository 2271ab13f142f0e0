import { visibleOptions } from '../core/bank/evaluate.js';
import type { Bank } from '../core/bank/schema.js';
import { progress, type FlowState } from '../core/flow/flowReducer.js';
import { glyphs as defaultGlyphs, type Glyphs } from '../ui/glyphs.js';

export interface FirstFrameOptions {
  columns: number;
  rows: number;
  color: boolean;
  note?: string;
  /** The marks to draw; those of this terminal (ASCII under a non-UTF-8 locale) unless given. */
  glyphs?: Glyphs;
}

const style = (color: boolean, open: string, close: string) => (text: string) => (color ? `\u001B[${open}m${text}\u001B[${close}m` : text);

function truncate(text: string, width: number, ellipsis: string): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - ellipsis.length))}${ellipsis}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * The first question as the interview draws it, as plain text: printed while Ink is still loading, so the
 * question is on screen as soon as a prompt library's would be; Ink erases these lines and takes over.
 * Only for a single-choice question that fits the terminal; otherwise null and Ink draws the first frame.
 */
export function firstFrame(bank: Bank, state: FlowState, options: FirstFrameOptions): string[] | null {
  const question = bank.questions.find((q) => q.id === state.current);
  if (state.screen !== 'question' || !question || question.kind !== 'single' || question.optional) return null;
  const { columns, color, glyphs: g = defaultGlyphs } = options;
  const cut = (text: string, width: number) => truncate(text, width, g.ellipsis);
  const bold = style(color, '1', '22');
  const dim = style(color, '2', '22');
  const cyan = style(color, '36', '39');
  const choices = visibleOptions(question, state.answers);
  const { index, total } = progress(bank, state);
  const numbered = choices.length <= 9;
  const current = typeof state.answers[question.id] === 'string' ? state.answers[question.id] : question.default;
  const selected = Math.max(0, choices.findIndex((o) => o.value === current));
  const keys = [`${g.upDown} move`, ...(numbered ? [`1${g.rangeDash}9 choose`] : []), 'enter confirm', ...(index > 1 ? [`${g.left} or b back`] : []), 'esc save & quit'].join(` ${g.separator} `);
  const lines = [
    ...(options.note ? options.note.split('\n').flatMap((l) => wrap(l, columns)) : []),
    cut(`Question ${index} of ${total} ${g.separator} ${question.section}`, columns),
    ...wrap(question.prompt, columns).map(bold),
    ...(question.help ? wrap(question.help, columns).map(dim) : []),
    ...choices.map((o, i) => {
      const row = cut(`${numbered ? `${i + 1}. ` : ''}${o.label}${o.hint ? ` ${g.dash} ${o.hint}` : ''}`, columns - 3);
      return i === selected ? `${g.pointer} ${cyan(row)}` : `  ${row}`;
    }),
    dim(cut(keys, columns)),
  ];
  return lines.length < options.rows - 1 ? lines : null;
}

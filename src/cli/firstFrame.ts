import type { Bank } from '../core/bank/schema.js';
import { progress, type FlowState } from '../core/flow/flowReducer.js';
import { glyphs as defaultGlyphs, type Glyphs } from '../ui/glyphs.js';
import { introFrame } from '../ui/introFrame.js';
import { questionHeading } from '../messages/questionHeading.js';
import { keyHelpLines, keyHelpText } from '../ui/keyHelpText.js';
import { wrapLines } from '../core/text/wrapLines.js';
import { answerOf } from '../core/bank/answerOf.js';
import { coreOf } from '../kinds/coreKinds.js';
import { linesOf } from '../kinds/lineKinds.js';

export interface FirstFrameOptions {
  columns: number;
  rows: number;
  color: boolean;
  note?: string;
  /** The marks to draw; those of this terminal (ASCII under a non-UTF-8 locale) unless given. */
  glyphs?: Glyphs;
  /** Someone starting afresh sees the intro first (as App draws it), naming this command. */
  intro?: { command: string };
}

const style = (color: boolean, open: string, close: string) => (text: string) => (color ? `\u001B[${open}m${text}\u001B[${close}m` : text);

function truncate(text: string, width: number, ellipsis: string): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - ellipsis.length))}${ellipsis}`;
}

/**
 * The first question as the interview draws it, as plain text: printed while Ink is still loading, so the
 * question is on screen as soon as a prompt library's would be; Ink erases these lines and takes over.
 * Only for a short single-choice list that fits the terminal; otherwise null and Ink draws the first frame.
 */
export function firstFrame(bank: Bank, state: FlowState, options: FirstFrameOptions): string[] | null {
  if (options.intro) return introFrame(options.columns, options.rows, options.intro.command);
  const question = bank.questions.find((q) => q.id === state.current);
  // A short radio list only (its key help is 'single'): tick boxes, long lists and fields are left to Ink.
  if (state.screen !== 'question' || !question || linesOf(question).keyView(question) !== 'single') return null;
  const { columns, color, glyphs: g = defaultGlyphs } = options;
  const cut = (text: string, width: number) => truncate(text, width, g.ellipsis);
  const bold = style(color, '1', '22');
  // As the theme draws them: the highlighted row in inverse video, nothing dimmed.
  const plain = (text: string) => text;
  const inverse = style(color, '7', '27');
  // As SingleChoice lists them: the kind's offered rows, its Skip row included.
  const choices = coreOf(question).offered(question, state.answers);
  const { index, total } = progress(bank, state);
  const given = answerOf(state.answers, question.id);
  const current = typeof given === 'string' ? given : coreOf(question).defaultAnswer(question, state.answers);
  const selected = Math.max(0, choices.findIndex((o) => o.value === current));
  // As ChoiceList and KeyHelp draw them: every option numbered, labels wrapped, the highlighted row's hint under it.
  const numberWidth = `${choices.length}. `.length;
  const keys = keyHelpText('single', { canGoBack: index > 1, editing: false, numbered: choices.length, optional: false });
  const rows = choices.flatMap((o, i) => {
    const prefix = `  ${`${i + 1}. `.padStart(numberWidth)}`;
    const indent = ' '.repeat(prefix.length);
    const width = Math.max(8, columns - prefix.length);
    const label = wrapLines(o.label, width).map((line, l) => (l === 0 ? `${i === selected ? g.pointer : ' '}${prefix.slice(1)}` : indent) + line);
    if (i !== selected) return label;
    return [...label.map(inverse), ...(o.hint ? wrapLines(o.hint, width).map((line) => indent + line) : [])];
  });
  const lines = [
    ...(options.note ? wrapLines(options.note, columns) : []),
    cut(questionHeading({ index, total, section: question.section }, ` ${g.separator} `), columns),
    ...wrapLines(question.prompt, columns).map(bold),
    ...(question.help ? wrapLines(question.help, columns).map(plain) : []),
    ...rows,
    ...keyHelpLines(keys, columns),
  ];
  return lines.length < options.rows - 1 ? lines : null;
}

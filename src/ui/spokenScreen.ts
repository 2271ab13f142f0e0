import type { Answers, QuestionInBank } from '../core/bank/schema.js';
import { coreOf } from '../kinds/coreKinds.js';
import { linesOf } from '../kinds/lineKinds.js';
import { questionHeading } from '../messages/questionHeading.js';
import { spokenKeyHelp } from './keyHelpText.js';

/**
 * What a screen reader is told once when a screen opens, in words rather than symbols (↑↓ and ❯ read badly):
 * where you are, the question, its help, how many options, and the keys. The live part of the screen is then
 * only the highlighted row, so each key press announces just what changed.
 */
export function spokenQuestion(question: QuestionInBank, answers: Answers, at: { index: number; total: number; canGoBack: boolean }): string {
  const lines = linesOf(question);
  const view = lines.keyView(question);
  const kind = lines.spokenKind(question, coreOf(question).offered(question, answers).length);
  return [`${questionHeading({ ...at, section: question.section }, ', ')}.`, question.prompt, question.help ?? '', `(${kind}.)`, spokenKeyHelp(view, at.canGoBack, question.optional)]
    .filter(Boolean)
    .join(' ');
}

export function spokenReview(count: number): string {
  return `Review your answers: ${count}. ${spokenKeyHelp('review', true, false)}`;
}

/** The highlighted row as the live line: "2 of 4: Sonography student. Ticked." Focus is not choice, and says so. */
export function spokenRow(row: { label: string; hint?: string; note?: string; checked?: boolean }, index: number, count: number, role: 'radio' | 'checkbox' | 'menuitem'): string {
  // A note (the demo's "Dana's answer") already says whose answer it is.
  const state = role === 'checkbox' ? (row.checked ? ' Ticked.' : ' Not ticked.') : role === 'radio' && row.checked && !row.note ? ' Your current answer.' : '';
  const hint = row.hint ? ` ${row.hint}.` : '';
  const note = row.note ? ` ${row.note.replace(/^\P{L}+/u, '')}.` : '';
  return `${index + 1} of ${count}: ${row.label}.${hint}${note}${state}`;
}

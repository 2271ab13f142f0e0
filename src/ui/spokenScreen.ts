import type { Answers, QuestionInBank } from '../core/bank/schema.js';
import { coreOf } from '../kinds/coreKinds.js';
import { linesOf } from '../kinds/lineKinds.js';
import { spokenWords } from '../messages/spokenWords.js';
import { spokenKeyHelp } from './keyHelpText.js';

/**
 * What a screen reader is told once when a screen opens, in words rather than symbols (↑↓ and ❯ read badly):
 * where you are, the question, its help, how many options, and the keys. The live part of the screen is then
 * only the highlighted row, so each key press announces just what changed.
 */
export function spokenQuestion(question: QuestionInBank, answers: Answers, at: { index: number; total: number; canGoBack: boolean }): string {
  const lines = linesOf(question);
  const view = lines.keyView(question);
  // The rows the view lists, the Skip row only where the kind has one; the kind says how it is answered.
  const answeredBy = `(${lines.spokenKind(question, coreOf(question).offered(question, answers).length)}.)`;
  return [spokenWords.where(at.index, at.total, question.section), question.prompt, question.help ?? '', answeredBy, spokenKeyHelp(view, at.canGoBack, question.optional)]
    .filter(Boolean)
    .join(' ');
}

export function spokenReview(count: number): string {
  return spokenWords.review(count, spokenKeyHelp('review', true, false));
}

/** The highlighted row as the live line: "2 of 4: Sonography student. Ticked." Focus is not choice, and says so. */
export function spokenRow(row: { label: string; hint?: string; note?: string; checked?: boolean }, index: number, count: number, role: 'radio' | 'checkbox' | 'menuitem'): string {
  // A note (the demo's "Dana's answer") already says whose answer it is.
  const state = role === 'checkbox' ? (row.checked ? spokenWords.ticked : spokenWords.notTicked) : role === 'radio' && row.checked && !row.note ? spokenWords.currentAnswer : '';
  const hint = row.hint ? ` ${row.hint}.` : '';
  const note = row.note ? ` ${row.note.replace(/^\P{L}+/u, '')}.` : '';
  return spokenWords.row(index + 1, count, row.label, `${hint}${note}${state}`);
}

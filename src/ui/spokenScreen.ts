import { visibleOptions } from '../core/bank/evaluate.js';
import type { Answers, QuestionInBank } from '../core/bank/schema.js';
import { spokenWords } from '../messages/spokenWords.js';
import { spokenKeyHelp, type HelpView } from './keyHelpText.js';

/**
 * What a screen reader is told once when a screen opens, in words rather than symbols (↑↓ and ❯ read badly):
 * where you are, the question, its help, how many options, and the keys. The live part of the screen is then
 * only the highlighted row, so each key press announces just what changed.
 */
export function spokenQuestion(question: QuestionInBank, answers: Answers, at: { index: number; total: number; canGoBack: boolean }): string {
  const view: HelpView = question.kind === 'text' ? 'text' : question.kind === 'multi' ? 'multi' : question.filter ? 'filter' : 'single';
  const count = question.kind === 'text' ? 0 : visibleOptions(question, answers).length + (question.optional ? 1 : 0);
  const answeredBy = spokenWords.answeredBy(view === 'multi' || view === 'text' ? view : 'single', count);
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

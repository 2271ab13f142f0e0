import type { Answers, Question } from '../core/bank/schema.js';
import { enterMeans } from './enterMeans.js';
import { numberedOptions, numbersOf } from './numberedOptions.js';
import { wrapLines } from './wrapLines.js';

/** What to type, without the final period: "Enter a number between 1 and 5". Also ends every re-ask. */
export function askSentence(question: Question, answers: Answers): string {
  if (question.kind === 'text') return 'Type your answer';
  const count = numberedOptions(question, answers).length;
  if (question.kind === 'single') {
    return `Enter a number between 1 and ${count}${question.filter ? ', or type a name or the start of one' : ''}`;
  }
  return `Enter numbers separated by commas (1-${count})${question.filter ? ', or names' : ''}`;
}

/** The line saying what Enter alone keeps or picks: "(current: 2 — press Enter to keep it)"; none if nothing. */
function enterLine(question: Question, answers: Answers): string[] {
  const means = enterMeans(question, answers);
  if (!means || means.as === 'skip') return [];
  const values = typeof means.value === 'string' ? [means.value] : means.value;
  const shown = question.kind === 'text' ? values.join('') : numbersOf(numberedOptions(question, answers), values).join(', ');
  const them = question.kind === 'multi' && values.length > 1 ? 'them' : 'it';
  const verb = means.as === 'current' ? 'keep' : 'choose';
  // An optional single choice has its own "Skip this question" number; the other kinds skip with "-".
  const skip = question.optional && question.kind !== 'single' && means.as === 'current' ? ', or type - to skip' : '';
  return wrapLines(`(${means.as}: ${shown} — press Enter to ${verb} ${them}${skip})`);
}

/**
 * The closing lines of a question: what Enter keeps (if anything), what to type, and the keys that always
 * work: `b` goes back (to the review while changing an answer) and `?` repeats the question.
 */
export function instructionLines(question: Question, answers: Answers, editing: boolean): string[] {
  const skip = enterMeans(question, answers)?.as === 'skip' ? ', or press Enter to skip' : '';
  const what = question.kind === 'text' ? 'question' : 'options';
  // A question that a change revealed needs an answer before the review can come back (the reducer's rule).
  const revealed = editing && answers[question.id] === undefined;
  const keys = revealed
    ? `Answer this new question to return to the review; ? repeats the ${what}.`
    : `b goes back${editing ? ' to the review' : ''}, ? repeats the ${what}.`;
  return [...enterLine(question, answers), `${askSentence(question, answers)}${skip}.`, keys];
}

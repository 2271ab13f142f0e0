import type { Answers, Question } from '../core/bank/schema.js';
import { enterMeans } from './enterMeans.js';
import { numberedOptions } from './numberedOptions.js';
import { PLAIN_KEYS, TYPE_BACK } from './plainKeys.js';
import { plainLine } from './plainLine.js';
import { answerOf } from '../core/bank/answerOf.js';

/**
 * What to type, without the final period: "Type the number of your answer, 1 to 5, and press Enter". Also ends
 * every re-ask, so it must make sense alone. A list with `filter: true` (the states) asks for a name first and
 * lists its options only on `?`; once listed (`listed`), numbers are offered too.
 */
export function askSentence(question: Question, answers: Answers, listed = false): string {
  if (question.kind === 'text') return 'Type your answer and press Enter';
  const count = numberedOptions(question, answers).length;
  if (question.filter && !listed) {
    const names = question.kind === 'single' ? 'a name or its start' : 'names or their starts, separated by commas,';
    return `Type ${names} and press Enter, or type ${PLAIN_KEYS.repeat} to list all ${count} options with numbers`;
  }
  const names = !question.filter ? '' : question.kind === 'single' ? ', or a name or its start' : ', or names';
  return question.kind === 'single'
    ? `Type the number of your answer, 1 to ${count}${names}, and press Enter`
    : `Type the numbers of your answers, 1 to ${count}${names}, separated by commas, and press Enter`;
}

/** The current answer, or the default, by name (never by number): "(current: Oregon — press Enter to keep it)". */
function enterLine(question: Question, answers: Answers): string[] {
  const means = enterMeans(question, answers);
  if (!means || means.as === 'skip') return [];
  const values = typeof means.value === 'string' ? [means.value] : means.value;
  const names = question.kind === 'text' ? values : numberedOptions(question, answers).filter((r) => values.includes(r.value)).map((r) => r.label);
  const shown = values.every((v) => v === '') ? 'skipped' : names.join(', ');
  const them = question.kind === 'multi' && values.length > 1 ? 'them' : 'it';
  const verb = means.as === 'current' ? 'keep' : 'choose';
  // An optional single choice has its own "Skip this question" number; the other kinds skip with "-".
  const skip = question.optional && question.kind !== 'single' && means.as === 'current' ? `, or type ${PLAIN_KEYS.skip} to skip` : '';
  return [plainLine(`(${means.as}: ${shown} — press Enter to ${verb} ${them}${skip})`)];
}

/**
 * The closing lines of a question: what Enter keeps (if anything), what to type, and the keys that always work:
 * `<` goes back (to the review while changing an answer) and `?` lists the options again. Each is a whole sentence.
 */
export function instructionLines(question: Question, answers: Answers, editing: boolean, listed = true): string[] {
  const skip = enterMeans(question, answers)?.as === 'skip' ? ', or press Enter alone to skip' : '';
  // An unlisted long list says what ? does in its ask sentence already.
  const unlisted = question.kind !== 'text' && question.filter && !listed;
  const repeat = unlisted ? '' : ` ${PLAIN_KEYS.repeat} to ${question.kind === 'text' ? 'repeat the question' : 'list the options again'}`;
  // A question that a change revealed needs an answer before the review can come back (the reducer's rule).
  const revealed = editing && answerOf(answers, question.id) === undefined;
  const keys = revealed
    ? `Answer this new question to return to the review${repeat && `, or type${repeat}`}.`
    : `${TYPE_BACK}${editing ? ' to the review' : ''}${repeat && `, or${repeat}`}.`;
  return [...enterLine(question, answers), `${askSentence(question, answers, listed)}${skip}.`, keys];
}

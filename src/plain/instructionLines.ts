import type { Answers, Question } from '../core/bank/schema.js';
import { describeAnswer } from '../core/bank/describeAnswer.js';
import { answerOf } from '../core/bank/answerOf.js';
import { coreOf } from '../kinds/coreKinds.js';
import { linesOf } from '../kinds/lineKinds.js';
import { hasSkipRow } from '../kinds/skipRow.js';
import { enterMeans } from './enterMeans.js';
import { PLAIN_KEYS, TYPE_BACK } from './plainKeys.js';
import { plainLine } from './plainLine.js';

/**
 * What to type, without the final period: "Type the number of your answer, 1 to 5, and press Enter". Also ends
 * every re-ask, so it must make sense alone. A list with `filter: true` (the states) asks for a name first and
 * lists its options only on `?`; once listed (`listed`), numbers are offered too.
 */
export function askSentence(question: Question, answers: Answers, listed = false): string {
  return linesOf(question).ask(question, coreOf(question).offered(question, answers).length, listed);
}

/** The current answer, or the default, by name (never by number): "(current: Oregon — press Enter to keep it)". */
function enterLine(question: Question, answers: Answers): string[] {
  const means = enterMeans(question, answers);
  if (!means || means.as === 'skip') return [];
  const values = typeof means.value === 'string' ? [means.value] : means.value;
  // Typed text is echoed as typed; anything else by what it means ("Oregon", "45 minutes").
  const shown = values.every((v) => v === '') ? 'skipped' : coreOf(question).typedText ? values.join(', ') : describeAnswer(question, means.value);
  const them = values.length > 1 ? 'them' : 'it';
  const verb = means.as === 'current' ? 'keep' : 'choose';
  // A question with a Skip row skips by its number; the others skip with "-".
  const skip = question.optional && !hasSkipRow(coreOf(question).offered(question, answers)) && means.as === 'current' ? `, or type ${PLAIN_KEYS.skip} to skip` : '';
  return [plainLine(`(${means.as}: ${shown} — press Enter to ${verb} ${them}${skip})`)];
}

/**
 * The closing lines of a question: what Enter keeps (if anything), what to type, and the keys that always work:
 * `<` goes back (to the review while changing an answer) and `?` lists the options again. Each is a whole sentence.
 */
export function instructionLines(question: Question, answers: Answers, editing: boolean, listed = true): string[] {
  const skip = enterMeans(question, answers)?.as === 'skip' ? ', or press Enter alone to skip' : '';
  // An unlisted long list says what ? does in its ask sentence already.
  const unlisted = linesOf(question).filtered(question) && !listed;
  const repeat = unlisted ? '' : ` ${PLAIN_KEYS.repeat} to ${linesOf(question).repeatWords}`;
  // A question that a change revealed needs an answer before the review can come back (the reducer's rule).
  const revealed = editing && answerOf(answers, question.id) === undefined;
  const keys = revealed
    ? `Answer this new question to return to the review${repeat && `, or type${repeat}`}.`
    : `${TYPE_BACK}${editing ? ' to the review' : ''}${repeat && `, or${repeat}`}.`;
  return [...enterLine(question, answers), `${askSentence(question, answers, listed)}${skip}.`, keys];
}

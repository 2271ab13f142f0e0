import { describeAnswer, questionLabel } from '../../core/bank/describeAnswer.js';
import { visibleQuestions, unansweredQuestions } from '../../core/flow/visibility.js';
import { EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import { loadContentOrFail, openSavedAnswers } from '../context.js';
import { stripControl } from '../../core/text/stripControl.js';
import type { Io } from '../Io.js';
import type { Args } from './answersCommand.js';
import { safeJson } from '../../core/text/safeJson.js';
import { answerOf } from '../../core/bank/answerOf.js';

/** What `answers` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const { bank } = await loadContentOrFail(args);
  const { store, answers } = openSavedAnswers(args, bank, io);
  if (args.json) {
    // Free text is kept as typed; safeJson shows bidi and C1 characters as \u escapes rather than acting on them.
    io.stdout.write(`${safeJson({ answers }, 2)}\n`);
    return EXIT.ok;
  }
  if (Object.keys(answers).length === 0) {
    io.stdout.write(`No saved answers yet (${store.location}).\nStart the interview: ${commandLine(args.commandPrefix)}\n`);
    return EXIT.incomplete;
  }
  for (const q of visibleQuestions(bank, answers)) {
    io.stdout.write(`${stripControl(questionLabel(q))}: ${stripControl(describeAnswer(q, answerOf(answers, q.id)))}\n`);
  }
  const left = unansweredQuestions(bank, answers).length;
  io.stdout.write(`\nSaved in ${store.location}${left > 0 ? ` · ${left} question${left === 1 ? '' : 's'} left` : ' · complete'}\n`);
  return EXIT.ok;
}

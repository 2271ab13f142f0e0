import { unansweredQuestions } from '../../core/flow/visibility.js';
import { CliError, EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import { loadContentOrFail, openSavedAnswers } from '../context.js';
import { outputPlan } from '../planOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './planCommand.js';

/** What `plan` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const content = await loadContentOrFail(args);
  const { store, opened, answers } = openSavedAnswers(args, content.bank, io);
  if (opened.progress === null) {
    throw new CliError([`No saved answers yet, so there is no plan (looked in ${store.location}).`, `Start the interview: ${commandLine(args.commandPrefix)}`], EXIT.incomplete);
  }
  const left = unansweredQuestions(content.bank, answers).length;
  if (left > 0) {
    throw new CliError(
      [`Your interview is not finished yet (${left} question${left === 1 ? '' : 's'} left).`, `Run ${commandLine(args.commandPrefix)} to continue where you left off.`],
      EXIT.incomplete,
    );
  }
  await outputPlan(content, answers, args, io);
  return EXIT.ok;
}

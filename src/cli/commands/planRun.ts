import { startFlow } from '../../core/flow/flowReducer.js';
import { unansweredQuestions } from '../../core/flow/visibility.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail, openStore } from '../context.js';
import { outputPlan } from '../planOutput.js';
import type { Args } from './planCommand.js';

/** What `plan` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args): Promise<void> {
  const content = await loadContentOrFail(args);
  const store = openStore(args);
  const opened = store.open();
  for (const note of opened.notes) process.stderr.write(`${note}\n`);
  const { answers } = startFlow(content.bank, opened.progress ?? undefined);
  const left = unansweredQuestions(content.bank, answers).length;
  if (left > 0) {
    throw new CliError(
      [`Your interview is not finished yet (${left} question${left === 1 ? '' : 's'} left).`, 'Run clinical-path to continue where you left off.'],
      EXIT.incomplete,
    );
  }
  outputPlan(content, answers, args);
}

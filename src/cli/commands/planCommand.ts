import type { CommandModule } from 'yargs';
import { startFlow } from '../../core/flow/flowReducer.js';
import { unansweredQuestions } from '../../core/flow/visibility.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail, openStore, type GlobalOptions } from '../context.js';
import { outputPlan, PLAN_FORMATS, type PlanOutputOptions } from '../planOutput.js';

type Args = GlobalOptions & PlanOutputOptions;

export const planCommand: CommandModule<GlobalOptions, Args> = {
  command: 'plan',
  describe: 'Print your plan from your saved answers',
  builder: (y) =>
    y
      .option('format', { choices: PLAN_FORMATS, default: 'text' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' }),
  handler: (args) => {
    const content = loadContentOrFail(args);
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
  },
};

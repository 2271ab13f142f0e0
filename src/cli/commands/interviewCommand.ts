import type { CommandModule } from 'yargs';
import { CliError } from '../CliError.js';
import { loadContentOrFail, openStore, type GlobalOptions } from '../context.js';
import { PLAN_FORMATS, type PlanOutputOptions } from '../planOutput.js';
import { runAnswersFile } from '../runAnswersFile.js';

type Args = GlobalOptions & PlanOutputOptions & { answers?: string };

export const interviewCommand: CommandModule<GlobalOptions, Args> = {
  command: '$0',
  describe: 'The interview: answer the questions, review them, get your plan (resumes saved progress)',
  builder: (y) =>
    y
      .option('answers', { type: 'string', describe: 'No interview: read answers from a JSON or YAML FILE, save them, print the plan' })
      .option('format', { choices: PLAN_FORMATS, default: 'text' as const, describe: 'Plan format (with --answers)' })
      .option('out', { type: 'string', describe: 'Write the plan to FILE (with --answers)' }),
  handler: async (args) => {
    const content = loadContentOrFail(args);
    const store = openStore(args);
    if (args.answers !== undefined) {
      runAnswersFile(content, store, args.answers, args);
      return;
    }
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      throw new CliError([
        'The interview needs a terminal (stdin and stdout must both be a TTY).',
        'To answer without one: clinical-path --answers answers.json (see clinical-path --help).',
      ]);
    }
    // Both ends are a terminal, so a person is there: Ink must draw every frame even if CI is set.
    // Ink reads CI once, when it is imported, which happens just below.
    process.env.CI = 'false';
    const { runInteractive } = await import('../runInteractive.js');
    await runInteractive(content, store);
  },
};

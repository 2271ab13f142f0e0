import type { CommandModule } from 'yargs';
import { loadContentOrFail, openStore, type GlobalOptions } from '../context.js';
import { PLAN_FORMATS, type PlanOutputOptions } from '../planOutput.js';
import { runAnswersFile } from '../runAnswersFile.js';
import { runPlain } from '../../plain/runPlain.js';
import { shouldUsePlain } from '../../plain/shouldUsePlain.js';

type Args = GlobalOptions & PlanOutputOptions & { answers?: string; plain?: boolean };

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
    const signals = { plain: args.plain, env: process.env, stdinIsTTY: Boolean(process.stdin.isTTY), stdoutIsTTY: Boolean(process.stdout.isTTY) };
    if (shouldUsePlain(signals)) {
      // Plain numbered lines on the same reducer and store; Ink is never loaded (it cannot run without a TTY).
      const code = await runPlain(content, store);
      if (code !== 0) process.exitCode = code;
      return;
    }
    // Both ends are a terminal, so a person is there: Ink must draw every frame even if CI is set.
    // Ink reads CI once, when it is imported, which happens just below.
    process.env.CI = 'false';
    const { runInteractive } = await import('../runInteractive.js');
    await runInteractive(content, store);
  },
};

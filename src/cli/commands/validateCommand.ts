import type { CommandModule } from 'yargs';
import type { GlobalOptions } from '../context.js';

export type Args = GlobalOptions & { dir?: string };

export const validateCommand: CommandModule<GlobalOptions, Args> = {
  command: 'validate [dir]',
  describe: 'Check a question bank folder; lists every problem with file, question id and field',
  builder: (y) => y.positional('dir', { type: 'string', describe: 'Bank folder (default: --questions, else the shipped bank)' }),
  handler: async (args) => (await import('./validateRun.js')).run(args),
};

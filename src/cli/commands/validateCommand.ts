import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';

export type Args = GlobalOptions & { dir?: string };

export const validateCommand: Command<Args> = {
  command: 'validate [dir]',
  describe: 'Check a question bank folder; lists every problem with file, question id and field',
  builder: (y) => y.positional('dir', { type: 'string', describe: 'Bank folder (default: --questions, else the shipped bank)' }),
  load: () => import('./validateRun.js'),
};

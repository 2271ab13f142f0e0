import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';

export type Args = GlobalOptions & { yes?: boolean };

export const resetCommand: Command<Args> = {
  command: 'reset',
  describe: 'Delete your saved answers (and any damaged-file backups)',
  builder: (y) => y.option('yes', { alias: 'y', type: 'boolean', describe: 'Do not ask for confirmation' }),
  load: () => import('./resetRun.js'),
};

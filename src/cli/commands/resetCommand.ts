import type { CommandModule } from 'yargs';
import type { GlobalOptions } from '../context.js';

export type Args = GlobalOptions & { yes?: boolean };

export const resetCommand: CommandModule<GlobalOptions, Args> = {
  command: 'reset',
  describe: 'Delete your saved answers (and any damaged-file backups)',
  builder: (y) => y.option('yes', { alias: 'y', type: 'boolean', describe: 'Do not ask for confirmation' }),
  handler: async (args) => (await import('./resetRun.js')).run(args),
};

import type { CommandModule } from 'yargs';
import type { GlobalOptions } from '../context.js';

export type Args = GlobalOptions & { json?: boolean };

export const answersCommand: CommandModule<GlobalOptions, Args> = {
  command: 'answers',
  describe: 'Show your saved answers (--json: in the --answers file format)',
  builder: (y) => y.option('json', { type: 'boolean', describe: 'Print {"answers": …} that --answers FILE reads back' }),
  handler: async (args) => (await import('./answersRun.js')).run(args),
};

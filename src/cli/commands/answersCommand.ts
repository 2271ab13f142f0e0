import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';

export type Args = GlobalOptions & { json?: boolean };

export const answersCommand: Command<Args> = {
  command: 'answers',
  describe: 'Show your saved answers (--json: in the --answers file format)',
  builder: (y) => y.option('json', { type: 'boolean', describe: 'Print {"answers": …} that --answers FILE reads back' }),
  load: () => import('./answersRun.js'),
};

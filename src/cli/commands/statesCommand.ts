import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';
import { PLAN_FORMATS } from '../planFormats.js';

export type Args = GlobalOptions & { state?: string; format: (typeof PLAN_FORMATS)[number]; out?: string };

export const statesCommand: Command<Args> = {
  command: 'states [state]',
  describe: 'Who licenses what in each state, per discipline, with the source and month of each fact',
  builder: (y) =>
    y
      .positional('state', { type: 'string', describe: 'One state in full, by postal code or name (TX, "New Mexico", PR)' })
      .option('format', { choices: PLAN_FORMATS, default: 'text' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' }),
  load: () => import('./statesRun.js'),
};

import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';

export type Args = GlobalOptions & { out?: string; includeText?: boolean };

export const exportCommand: Command<Args> = {
  command: 'export',
  describe: 'Write one pseudonymous response file for survey staff (no name, machine or exact time; state as its region)',
  builder: (y) =>
    y
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' })
      .option('include-text', { type: 'boolean', describe: 'Include your free-text answer (e-mail addresses and phone numbers masked)' }),
  load: () => import('./exportRun.js'),
};

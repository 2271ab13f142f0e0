import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';

const FORMATS = ['redcap', 'json'] as const;
export type Args = GlobalOptions & { format: (typeof FORMATS)[number]; out?: string };

export const dictionaryCommand: Command<Args> = {
  command: 'dictionary',
  describe: 'The question bank as a REDCap data dictionary (CSV) or as JSON',
  builder: (y) =>
    y
      .option('format', { choices: FORMATS, default: 'redcap' as const, describe: 'redcap: a data dictionary CSV to upload; json: for scripts' })
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' }),
  load: () => import('./dictionaryRun.js'),
};

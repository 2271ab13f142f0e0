import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';
import type { RemoteOptions } from '../responseSources.js';

const FORMATS = ['text', 'markdown', 'csv', 'json', 'html'] as const;
export type Args = GlobalOptions & RemoteOptions & { paths: string[]; out?: string; format: (typeof FORMATS)[number]; minCell?: number; skipInvalid?: boolean; epsilon?: number };

export const reportCommand: Command<Args> = {
  command: 'report [paths..]',
  describe: 'Counts and percentages per question, small cells suppressed, beside the published ASRT figures',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, default: [], describe: 'Response files or folders (- for stdin), or the URL of a serve' })
      .option('format', { choices: FORMATS, default: 'text' as const, describe: 'Output format' })
      .option('min-cell', { type: 'number', default: 5, describe: 'Suppress counts from 1 to K-1 (K ≥ 2)' })
      .option('epsilon', { type: 'number', describe: 'Add random noise to every count shown, with this privacy budget for the whole report (e.g. 1; smaller is noisier)' })
      .option('token-file', { type: 'string', describe: 'The staff token file serve saved, for reading from its URL' })
      .option('db', { type: 'string', describe: 'Read the survey database directly: the PGlite folder or postgres://… that serve uses' })
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' })
      .option('skip-invalid', { type: 'boolean', describe: 'Leave out invalid records instead of stopping (they are counted)' }),
  load: () => import('./reportRun.js'),
};

import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';
import type { RemoteOptions } from '../responseSources.js';

const FORMATS = ['jsonl', 'csv', 'redcap'] as const;
export type Args = GlobalOptions & RemoteOptions & { paths: string[]; out?: string; format: (typeof FORMATS)[number]; skipInvalid?: boolean; kAnonymity?: number };

export const collectCommand: Command<Args> = {
  command: 'collect [paths..]',
  describe: 'Validate, de-duplicate and merge response files (.json, .jsonl, folders, - for stdin)',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, default: [], describe: 'Files or folders of responses (- for stdin), or the URL of a serve' })
      .option('token-file', { type: 'string', describe: 'The staff token file serve saved, for reading from its URL' })
      .option('db', { type: 'string', describe: 'Read the survey database directly: the PGlite folder or postgres://… that serve uses' })
      .option('out', { type: 'string', describe: 'Write the merged file to FILE instead of the screen' })
      .option('format', { choices: FORMATS, default: 'jsonl' as const, describe: 'jsonl (one response per line), csv, or a REDCap import CSV' })
      .option('k-anonymity', { type: 'number', describe: 'Blank quasi-identifier answers until every record shares them with at least K-1 others (holds all responses in memory)' })
      .option('skip-invalid', { type: 'boolean', describe: 'Leave out invalid records instead of stopping (they are counted)' }),
  load: () => import('./collectRun.js'),
};

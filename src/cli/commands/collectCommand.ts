import { isDash } from '../../files/dash.js';
import type { CommandModule } from 'yargs';
import { responseCsvLine, responsesCsvHeader } from '../../render/responsesCsv.js';
import { loadContentOrFail, type GlobalOptions } from '../context.js';
import { streamResponses } from '../responseStream.js';
import { stagedOutput } from '../stagedOutput.js';

const FORMATS = ['jsonl', 'csv', 'redcap'] as const;
type Args = GlobalOptions & { paths: string[]; out?: string; format: (typeof FORMATS)[number]; skipInvalid?: boolean };

export const collectCommand: CommandModule<GlobalOptions, Args> = {
  command: 'collect <paths..>',
  describe: 'Validate, de-duplicate and merge response files (.json, .jsonl, folders, - for stdin)',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files or folders of responses' })
      .option('out', { type: 'string', describe: 'Write the merged file to FILE instead of the screen' })
      .option('format', { choices: FORMATS, default: 'jsonl' as const, describe: 'jsonl (one response per line), csv, or a REDCap import CSV' })
      .option('skip-invalid', { type: 'boolean', describe: 'Leave out invalid records instead of stopping (they are counted)' }),
  handler: async (args) => {
    const { bank } = loadContentOrFail(args);
    const output = stagedOutput(args.out);
    try {
      if (args.format !== 'jsonl') output.write(`${responsesCsvHeader(bank, args.format)}\n`);
      const summary = await streamResponses(bank, args.paths, Boolean(args.skipInvalid), (response) => {
        output.write(`${args.format === 'jsonl' ? JSON.stringify(response) : responseCsvLine(bank, response, args.format)}\n`);
      });
      await output.commit();
      const skipped = summary.invalid > 0 ? `, ${summary.invalid} invalid skipped` : '';
      process.stderr.write(`${summary.accepted} responses${args.out && !isDash(args.out) ? ` written to ${args.out}` : ''} (${summary.duplicatesRemoved} duplicate${summary.duplicatesRemoved === 1 ? '' : 's'} removed${skipped}).\n`);
    } catch (error) {
      output.discard();
      throw error;
    }
  },
};

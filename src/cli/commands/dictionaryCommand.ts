import type { CommandModule } from 'yargs';
import { renderDictionaryJson } from '../../render/dictionaryJson.js';
import { renderDictionaryRedcap } from '../../render/dictionaryRedcap.js';
import { loadContentOrFail, type GlobalOptions } from '../context.js';
import { writeOutput } from '../writeOutput.js';

const FORMATS = ['redcap', 'json'] as const;
type Args = GlobalOptions & { format: (typeof FORMATS)[number]; out?: string };

export const dictionaryCommand: CommandModule<GlobalOptions, Args> = {
  command: 'dictionary',
  describe: 'The question bank as a REDCap data dictionary (CSV) or as JSON',
  builder: (y) =>
    y
      .option('format', { choices: FORMATS, default: 'redcap' as const, describe: 'redcap: a data dictionary CSV to upload; json: for scripts' })
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' }),
  handler: (args) => {
    const { bank } = loadContentOrFail(args);
    writeOutput(args.format === 'redcap' ? renderDictionaryRedcap(bank) : renderDictionaryJson(bank), args.out);
    if (args.out) process.stderr.write(`Data dictionary written to ${args.out}\n`);
  },
};

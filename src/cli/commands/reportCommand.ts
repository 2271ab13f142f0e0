import { isDash } from '../../files/dash.js';
import type { CommandModule } from 'yargs';
import { buildReport } from '../../core/survey/buildReport.js';
import { addToTally, createTally } from '../../core/survey/tally.js';
import { renderReport } from '../../render/renderReport.js';
import { CliError } from '../CliError.js';
import { loadContentOrFail, type GlobalOptions } from '../context.js';
import { streamResponses } from '../responseStream.js';
import { writeOutput } from '../writeOutput.js';

const FORMATS = ['text', 'markdown', 'csv', 'json'] as const;
type Args = GlobalOptions & { paths: string[]; out?: string; format: (typeof FORMATS)[number]; minCell?: number; skipInvalid?: boolean };

export const reportCommand: CommandModule<GlobalOptions, Args> = {
  command: 'report <paths..>',
  describe: 'Counts and percentages per question, small cells suppressed, beside the published ASRT figures',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Response files or folders (- for stdin)' })
      .option('format', { choices: FORMATS, default: 'text' as const, describe: 'Output format' })
      .option('min-cell', { type: 'number', default: 5, describe: 'Suppress counts from 1 to K-1 (K ≥ 2)' })
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' })
      .option('skip-invalid', { type: 'boolean', describe: 'Leave out invalid records instead of stopping (they are counted)' }),
  handler: async (args) => {
    const minCell = args.minCell ?? 5;
    if (!Number.isInteger(minCell) || minCell < 2) throw new CliError([`--min-cell must be a whole number of at least 2 (got ${String(args.minCell)}).`]);
    const { bank } = loadContentOrFail(args);
    const tally = createTally(bank);
    const summary = await streamResponses(bank, args.paths, Boolean(args.skipInvalid), (response) => addToTally(tally, response.answers));
    const report = buildReport(bank, tally, { minCell, duplicatesRemoved: summary.duplicatesRemoved, invalid: summary.invalid });
    const toTerminal = !args.out || isDash(args.out);
    const color = args.color !== false && toTerminal && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    writeOutput(renderReport(report, args.format, { color, width: toTerminal ? Math.min(process.stdout.columns || 80, 120) : 80 }), args.out);
  },
};

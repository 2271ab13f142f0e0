import { isDash } from '../../files/dash.js';
import { EXIT } from '../CliError.js';
import { responseCsvLine, responsesCsvHeader } from '../../render/responsesCsv.js';
import { loadContentOrFail } from '../context.js';
import { streamResponses } from '../responseStream.js';
import { stagedOutput } from '../stagedOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './collectCommand.js';
import { safeJson } from '../../core/text/safeJson.js';
import { exportedBank } from '../../core/survey/exportedBank.js';

/** What `collect` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  // Records hold answers as their export policy sent them (state as its region): read them against that view.
  const bank = exportedBank((await loadContentOrFail(args)).bank);
  const output = stagedOutput(args.out, io.stdout);
  try {
    if (args.format !== 'jsonl') output.write(`${responsesCsvHeader(bank, args.format)}\n`);
    const summary = await streamResponses(bank, args.paths, Boolean(args.skipInvalid), (response) => {
      output.write(`${args.format === 'jsonl' ? safeJson(response) : responseCsvLine(bank, response, args.format)}\n`);
    }, io);
    await output.commit();
    const skipped = summary.invalid > 0 ? `, ${summary.invalid} invalid skipped` : '';
    io.stderr.write(`${summary.accepted} response${summary.accepted === 1 ? '' : 's'}${args.out && !isDash(args.out) ? ` written to ${args.out}` : ''} (${summary.duplicatesRemoved} duplicate${summary.duplicatesRemoved === 1 ? '' : 's'} removed${skipped}).\n`);
    return EXIT.ok;
  } catch (error) {
    output.discard();
    throw error;
  }
}

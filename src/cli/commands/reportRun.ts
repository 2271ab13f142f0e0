import { isDash } from '../../files/dash.js';
import { buildReport } from '../../core/survey/buildReport.js';
import { addToTally, createTally } from '../../core/survey/tally.js';
import { renderReport } from '../../render/renderReport.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail } from '../context.js';
import { streamResponses } from '../responseStream.js';
import { writeOutput } from '../writeOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './reportCommand.js';
import { exportedBank } from '../../core/survey/exportedBank.js';
import { wantsColor } from '../wantsColor.js';

/** What `report` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const minCell = args.minCell ?? 5;
  if (!Number.isInteger(minCell) || minCell < 2) throw new CliError([`--min-cell must be a whole number of at least 2 (got ${String(args.minCell)}).`]);
  // Records hold answers as their export policy sent them (state as its region): read them against that view.
  const bank = exportedBank((await loadContentOrFail(args)).bank);
  const tally = createTally(bank);
  const summary = await streamResponses(bank, args.paths, Boolean(args.skipInvalid), (response) => addToTally(tally, response.answers), io);
  const report = buildReport(bank, tally, { minCell, duplicatesRemoved: summary.duplicatesRemoved, invalid: summary.invalid });
  const toTerminal = !args.out || isDash(args.out);
  const color = wantsColor({ flag: args.color, env: io.env, isTTY: toTerminal && Boolean(io.stdout.isTTY) });
  await writeOutput(renderReport(report, args.format, { color, width: toTerminal ? Math.min(io.stdout.columns || 80, 120) : 80 }), args.out, io.stdout);
  return EXIT.ok;
}

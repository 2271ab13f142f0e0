import { randomBytes } from 'node:crypto';
import { isDash } from '../../files/dash.js';
import { noisyReport } from '../../core/survey/noisyReport.js';
import { buildReport } from '../../core/survey/buildReport.js';
import { isValidMinCell } from '../../core/survey/reportOfResponses.js';
import { addToTally, createTally } from '../../core/survey/tally.js';
import { renderReport } from '../../render/renderReport.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail } from '../context.js';
import { streamResponses } from '../responseStream.js';
import { writeOutput } from '../writeOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './reportCommand.js';
import { exportedBank } from '../../core/survey/exportedBank.js';
import type { ResponseFile } from '../../core/survey/responseFile.js';
import { wantsColor } from '../wantsColor.js';

/** What `report` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const minCell = args.minCell ?? 5;
  if (!isValidMinCell(minCell)) throw new CliError([`--min-cell must be a whole number of at least 2 (got ${String(args.minCell)}).`]);
  const { epsilon } = args;
  // 2^-20 is the finest budget the sampler reads (noisyReport); below it every count would be noise alone.
  if (epsilon !== undefined && !(Number.isFinite(epsilon) && epsilon >= 2 ** -20)) {
    throw new CliError([`--epsilon must be a positive number, such as 1 or 0.5 (got ${String(epsilon)}); smaller adds more noise.`]);
  }
  // Records hold answers as their export policy sent them (state as its region): read them against that view.
  const bank = exportedBank((await loadContentOrFail(args)).bank);
  const made = new Date();
  let tally = createTally(bank);
  // Called once per pass over the input: a second pass (later revisions) counts from zero.
  const begin = () => {
    const fresh = createTally(bank);
    tally = fresh;
    return (response: ResponseFile) => addToTally(fresh, response.answers);
  };
  const summary = await streamResponses(bank, args.paths, Boolean(args.skipInvalid), begin, io, { tokenFile: args.tokenFile, db: args.db });
  const exact = buildReport(bank, tally, { minCell, duplicatesRemoved: summary.duplicatesRemoved, invalid: summary.invalid });
  // Noise from the operating system's secure source: a seeded one would let anyone who knows the seed subtract it.
  const report = epsilon === undefined ? exact : noisyReport(exact, epsilon, (n) => randomBytes(n));
  const toTerminal = !args.out || isDash(args.out);
  const color = wantsColor({ flag: args.color, env: io.env, isTTY: toTerminal && Boolean(io.stdout.isTTY) });
  await writeOutput(renderReport(report, args.format, {
    color,
    width: toTerminal ? Math.min(io.stdout.columns || 80, 120) : 80,
    html: { bank: { id: bank.id, version: bank.version, title: bank.title }, made },
  }), args.out, io.stdout);
  return EXIT.ok;
}

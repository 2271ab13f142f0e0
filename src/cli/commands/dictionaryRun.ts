import { isDash } from '../../files/dash.js';
import { EXIT } from '../CliError.js';
import { renderDictionaryJson } from '../../render/dictionaryJson.js';
import { renderDictionaryRedcap } from '../../render/dictionaryRedcap.js';
import { loadContentOrFail } from '../context.js';
import { writeOutput } from '../writeOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './dictionaryCommand.js';
import { exportedBank } from '../../core/survey/exportedBank.js';

/** What `dictionary` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  // Records hold answers as their export policy sent them (state as its region): read them against that view.
  const bank = exportedBank((await loadContentOrFail(args)).bank);
  await writeOutput(args.format === 'redcap' ? renderDictionaryRedcap(bank) : renderDictionaryJson(bank), args.out, io.stdout);
  if (args.out && !isDash(args.out)) io.stderr.write(`Data dictionary written to ${args.out}\n`);
  return EXIT.ok;
}

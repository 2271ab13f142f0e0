import { isDash } from '../../files/dash.js';
import { EXIT } from '../CliError.js';
import { renderDictionaryJson } from '../../render/dictionaryJson.js';
import { renderDictionaryRedcap } from '../../render/dictionaryRedcap.js';
import { loadContentOrFail } from '../context.js';
import { writeOutput } from '../writeOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './dictionaryCommand.js';

/** What `dictionary` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const { bank } = await loadContentOrFail(args);
  await writeOutput(args.format === 'redcap' ? renderDictionaryRedcap(bank) : renderDictionaryJson(bank), args.out, io.stdout);
  if (args.out && !isDash(args.out)) io.stderr.write(`Data dictionary written to ${args.out}\n`);
  return EXIT.ok;
}

import { isDash } from '../../files/dash.js';
import type { StatesContent } from '../../core/states/statesSchema.js';
import { renderStatesJson } from '../../render/statesJson.js';
import { renderStatesMarkdown } from '../../render/statesMarkdown.js';
import { renderStatesText } from '../../render/statesText.js';
import { CliError, EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import { loadContentOrFail } from '../context.js';
import { writeOutput } from '../writeOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './statesCommand.js';

/** What `states` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const { states } = await loadContentOrFail(args);
  await writeOutput(statesOutput(states, args, io.stdout.columns || 80), args.out, io.stdout);
  if (args.out && !isDash(args.out)) io.stderr.write(`State licensing table written to ${args.out}\n`);
  return EXIT.ok;
}

/** The table (or one state) in the chosen format; an unknown state or a bank without states.yaml is a CliError. */
export function statesOutput(states: StatesContent | undefined, args: Pick<Args, 'state' | 'format' | 'commandPrefix'>, width: number): string {
  if (!states) throw new CliError(['This question bank has no states.yaml, so there is no state table to show.']);
  const only = args.state === undefined ? undefined : findState(states, args.state, commandLine(args.commandPrefix, 'states'));
  if (args.format === 'json') return renderStatesJson(states, only);
  if (args.format === 'markdown') return renderStatesMarkdown(states, only);
  return renderStatesText(states, Math.max(60, Math.min(width, 120)), only, commandLine(args.commandPrefix, 'states TX'));
}

/** A postal code or a name, in any case: "tx", "Texas", "district of columbia". */
function findState(states: StatesContent, asked: string, seeAll: string): string {
  const wanted = asked.trim().toLowerCase();
  const found = Object.entries(states.states).find(([code, s]) => code.toLowerCase() === wanted || s.name.toLowerCase() === wanted);
  if (found) return found[0];
  throw new CliError([`No state “${asked.slice(0, 40)}”: use a postal code such as TX, DC or PR, or a name such as "New Mexico".`, `Run ${seeAll} to see them all.`]);
}

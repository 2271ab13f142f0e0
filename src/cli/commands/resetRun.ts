import { createInterface } from 'node:readline/promises';
import { CliError, EXIT } from '../CliError.js';
import { openLockedStore } from '../context.js';
import { commandLine } from '../commandLine.js';
import type { Io } from '../Io.js';
import type { Args } from './resetCommand.js';

async function confirm(question: string, io: Io): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** What `reset` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  // Deleting needs no write: on a full disk the lock cannot be written, and reset goes on if no live process holds it.
  const store = openLockedStore(args, io.env, { unwrittenIfFull: true });
  if (!args.yes) {
    if (!io.stdin.isTTY) throw new CliError([`reset needs confirmation; not a terminal, so add --yes:`, `  ${commandLine(args.commandPrefix, 'reset --yes')}`]);
    if (!(await confirm(`Delete your saved answers in ${store.location}? [y/N] `, io))) {
      io.stdout.write('Nothing deleted.\n');
      return EXIT.incomplete;
    }
  }
  // The default folder (~/.config/clinical-path) was made by this app for its answers alone, so once empty it goes
  // too and nothing of ours is left. A --store or CLINICAL_PATH_HOME folder was chosen by the person: it stays.
  const removed = store.reset({ removeEmptyFolder: !args.store && !io.env.CLINICAL_PATH_HOME });
  if (removed.length === 0) {
    io.stdout.write(`Nothing to delete: no saved answers in ${store.location}.\n`);
    return EXIT.ok;
  }
  io.stdout.write(`Deleted:\n${removed.map((p) => `  ${p}\n`).join('')}`);
  return EXIT.ok;
}

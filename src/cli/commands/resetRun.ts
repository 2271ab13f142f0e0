import { createInterface } from 'node:readline/promises';
import { CliError, EXIT } from '../CliError.js';
import { openLockedStore } from '../context.js';
import { commandLine } from '../commandLine.js';
import type { Args } from './resetCommand.js';

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** What `reset` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args): Promise<void> {
  // Deleting needs no write: on a full disk the lock cannot be written, and reset goes on if no live process holds it.
  const store = openLockedStore(args, { unwrittenIfFull: true });
  if (!args.yes) {
    if (!process.stdin.isTTY) throw new CliError([`reset needs confirmation; not a terminal, so add --yes:`, `  ${commandLine(args.commandPrefix, 'reset --yes')}`]);
    if (!(await confirm(`Delete your saved answers in ${store.location}? [y/N] `))) {
      process.stdout.write('Nothing deleted.\n');
      process.exitCode = EXIT.incomplete;
      return;
    }
  }
  // The default folder (~/.config/clinical-path) was made by this app for its answers alone, so once empty it goes
  // too and nothing of ours is left. A --store or CLINICAL_PATH_HOME folder was chosen by the person: it stays.
  const removed = store.reset({ removeEmptyFolder: !args.store && !process.env.CLINICAL_PATH_HOME });
  if (removed.length === 0) {
    process.stdout.write(`Nothing to delete: no saved answers in ${store.location}.\n`);
    return;
  }
  process.stdout.write(`Deleted:\n${removed.map((p) => `  ${p}\n`).join('')}`);
}

import { statSync } from 'node:fs';
import { CliError } from './CliError.js';

/** `--out DIR` names a folder: say so before anything is written (rename would fail with a puzzling reason). */
export function refuseFolder(out: string): void {
  let folder = false;
  try {
    folder = statSync(out).isDirectory();
  } catch {
    return;
  }
  if (folder) throw new CliError([`Could not write ${out}: it is a folder. Give a file name inside it.`]);
}

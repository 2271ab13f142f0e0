import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { isDash } from '../files/dash.js';
import { CliError } from './CliError.js';
import { isSpecialFile } from './isSpecialFile.js';

/**
 * Prints to stdout, or writes FILE whole: a temporary file beside it is renamed into place,
 * so an interrupted write never leaves half a file. Readable only by the user: it describes them.
 */
export function writeOutput(text: string, out?: string): void {
  if (!out || isDash(out)) {
    process.stdout.write(text);
    return;
  }
  if (isSpecialFile(out)) {
    writeFileSync(out, text);
    return;
  }
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError([`Could not write ${out}: ${code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : String(code)}.`]);
  }
}

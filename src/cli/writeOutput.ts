import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isDash } from '../files/dash.js';
import { failureReason } from '../store/StoreError.js';
import { CliError } from './CliError.js';
import { isSpecialFile } from './isSpecialFile.js';
import { isFifo, writeToFifo } from './fifoOutput.js';
import { refuseFolder } from './refuseFolder.js';

/** A failed write as one plain line naming the file: "Could not write plan.md: the disk is full." */
export function writeFailure(out: string, error: unknown): CliError {
  return new CliError([`Could not write ${out}: ${failureReason(error) ?? (error instanceof Error ? error.message : String(error))}.`]);
}

/**
 * Prints to `stdout`, or writes FILE whole: a temporary file beside it is renamed into place, so an interrupted or
 * failed write (a full disk) never leaves half a file and an existing FILE stays as it was. Readable only by the
 * user, even when it replaces a file that others could read: it describes them. A FIFO is written as it is read
 * (fifoOutput.ts).
 */
export async function writeOutput(text: string, out: string | undefined, stdout: NodeJS.WritableStream): Promise<void> {
  if (!out || isDash(out)) {
    stdout.write(text);
    return;
  }
  refuseFolder(out);
  if (isFifo(out)) {
    await writeToFifo(out, text);
    return;
  }
  if (isSpecialFile(out)) {
    // A device (/dev/null) is written in place; its mode is not ours to change.
    try {
      writeFileSync(out, text);
    } catch (error) {
      throw writeFailure(out, error);
    }
    return;
  }
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    // 'wx' creates the file new, so the 0600 mode always applies (a leftover temporary file would keep its own).
    rmSync(temporary, { force: true });
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeFileSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw writeFailure(out, error);
  }
}

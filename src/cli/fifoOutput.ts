import { closeSync, constants, openSync, statSync } from 'node:fs';
import { Socket } from 'node:net';
import { finished } from 'node:stream/promises';
import { CliError } from './CliError.js';
import { writeFailure } from './writeOutput.js';

/** Whether `out` is a named pipe (FIFO); a missing file or anything else is not. */
export function isFifo(out: string): boolean {
  try {
    return statSync(out).isFIFO();
  } catch {
    return false;
  }
}

/**
 * `--out FIFO`: writing into a pipe someone reads is legitimate (`mkfifo p; cat p & clinical-path plan --out p`), so
 * it is allowed, but only when a reader is there. A plain open would wait for one forever, inside a synchronous call
 * where no signal handler can run, so Ctrl+C and `kill` would do nothing. Opened non-blocking, the open fails at
 * once with ENXIO when nobody reads, and we say so in one line. The fd is then handed to a net.Socket, which writes
 * asynchronously as the reader takes the bytes: a slow or stalled reader never blocks the process, and signals end
 * it with their usual codes.
 */
export function openFifoWriter(out: string): Socket {
  let fd: number;
  try {
    fd = openSync(out, constants.O_WRONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') {
      throw new CliError([`Could not write ${out}: it is a named pipe (FIFO) and nothing is reading it.`, 'Start the program that reads it first, or give a file name.']);
    }
    throw writeFailure(out, error);
  }
  try {
    return new Socket({ fd, readable: false, writable: true });
  } catch (error) {
    closeSync(fd);
    throw writeFailure(out, error);
  }
}

/** Writes `text` whole into the FIFO `out` (see openFifoWriter), failing with one line naming it. */
export async function writeToFifo(out: string, text: string): Promise<void> {
  const socket = openFifoWriter(out);
  try {
    socket.end(text);
    await finished(socket);
  } catch (error) {
    socket.destroy();
    throw writeFailure(out, error);
  }
}

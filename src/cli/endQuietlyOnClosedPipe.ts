import { failureReason } from '../store/StoreError.js';

/** Whether an error is a write into a pipe whose reader has gone. */
export function isClosedPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EPIPE';
}

/**
 * `clinical-path plan | head -1`: head reads its line and quits, and our next write fails with EPIPE. The reader
 * has what it wanted, so this is no failure, but with no listener Node raises it as an uncaught error ("unexpected
 * error: write EPIPE", exit 2). With this listener the command ends as it would have (exit 0 for a plan), and Node
 * silently drops what is written to the closed stream after that. Any other write error with a code (a full disk
 * behind `> file`) goes to `onWriteFailure` in words ("the disk is full"), once; without one it is raised as before.
 * A command that watches the stream itself is left to it: the plain interview does, to stop asking and say that the
 * answers are saved.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.EventEmitter, onWriteFailure?: (reason: string) => void): void {
  let told = false;
  stream.on('error', (error: unknown) => {
    if (isClosedPipe(error)) return;
    if (stream.listenerCount('error') !== 1) return;
    const reason = failureReason(error);
    if (!onWriteFailure || reason === null) throw error;
    if (!told) onWriteFailure(reason);
    told = true;
  });
}

/** stdout could not be written (`> /dev/full`): one line instead of "unexpected error: ENOSPC" (the caller exits 2). */
export function sayOutputFailed(reason: string, stderr: NodeJS.WritableStream): void {
  stderr.write(`clinical-path: could not write the output: ${reason}.\n`);
}

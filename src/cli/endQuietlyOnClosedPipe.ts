/** Whether an error is a write into a pipe whose reader has gone. */
export function isClosedPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EPIPE';
}

/**
 * `clinical-path plan | head -1`: head reads its line and quits, and our next write fails with EPIPE. The reader
 * has what it wanted, so this is no failure, but with no listener Node raises it as an uncaught error ("unexpected
 * error: write EPIPE", exit 2). With this listener the command ends as it would have (exit 0 for a plan), and Node
 * silently drops what is written to the closed stream after that. Any other write error (a full disk behind
 * `> file`) stays unexpected and is raised as before, unless the command watches the stream itself: the plain
 * interview does, to stop asking and say that the answers are saved.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.EventEmitter): void {
  stream.on('error', (error: unknown) => {
    if (isClosedPipe(error)) return;
    if (stream.listenerCount('error') === 1) throw error;
  });
}

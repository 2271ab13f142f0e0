/**
 * A failure outside the command's own promise (inside a key handler under Ink, say) would otherwise end
 * the run with Node's stack trace and the terminal still in raw mode with the cursor hidden. Instead it
 * ends like any other unexpected error: the terminal put back, the same plain message, and answers
 * already saved kept (each one was saved as it was given; the store lock is released on exit).
 */
export function stopOnUncaught(report: (error: unknown) => void): void {
  const stop = (error: unknown) => {
    if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
    if (process.stdout.isTTY) process.stdout.write('\u001B[?25h\n');
    report(error);
    process.exit();
  };
  process.on('uncaughtException', stop);
  process.on('unhandledRejection', stop);
}

import type { Instance } from 'ink';

/** Closing the terminal (SIGHUP) or SIGTERM unmounts Ink, which restores the cursor, and sets the conventional exit code. */
export function unmountOnSignals(instance: Instance): void {
  const stopOnSignal = (code: number) => () => {
    instance.unmount();
    process.exitCode = code;
  };
  process.once('SIGTERM', stopOnSignal(143));
  process.once('SIGHUP', stopOnSignal(129));
}

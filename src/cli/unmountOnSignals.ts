import type { Instance } from 'ink';

/**
 * Closing the terminal (SIGHUP) or SIGTERM unmounts Ink, which restores the cursor. Returns a reading of the
 * conventional exit code for the signal that stopped it (143, 129), undefined while none has.
 */
export function unmountOnSignals(instance: Instance): () => number | undefined {
  let code: number | undefined;
  const stopOnSignal = (signalCode: number) => () => {
    instance.unmount();
    code = signalCode;
  };
  process.once('SIGTERM', stopOnSignal(143));
  process.once('SIGHUP', stopOnSignal(129));
  return () => code;
}

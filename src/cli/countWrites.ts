import type { PaintClock } from '../ui/PaintClock.js';

/**
 * Counts writes to a stream from now on, for the interview's PaintClock: Ink writes each frame with
 * `stream.write`, looked up at every call, so a wrapper sees every frame. `stop` puts the stream back.
 */
export function countWrites(stream: NodeJS.WriteStream): PaintClock & { stop: () => void } {
  let frames = 0;
  const listeners = new Set<() => void>();
  const write = stream.write;
  stream.write = function counted(this: NodeJS.WriteStream, ...args: Parameters<NodeJS.WriteStream['write']>) {
    frames += 1;
    const written = write.apply(this, args as never);
    for (const listener of listeners) listener();
    return written;
  } as NodeJS.WriteStream['write'];
  return {
    frames: () => frames,
    onFrame: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      stream.write = write;
      listeners.clear();
    },
  };
}

import { createLineSplitter } from './lineSplitter.js';

/** One line of a stream, 1-based; `bytes` without its line ending, or null when longer than the limit. */
export interface ByteLine {
  number: number;
  bytes: Buffer | null;
}

/** The lines of a byte stream one at a time, as lineSplitter.ts splits them, for callers that want a generator. */
export async function* byteLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let ready: ByteLine[] = [];
  const splitter = createLineSplitter(maxBytes, (number, bytes, start, end) => ready.push({ number, bytes: bytes && bytes.subarray(start, end) }));
  for await (const chunk of chunks) {
    splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    yield* ready;
    ready = [];
  }
  splitter.end();
  yield* ready;
}

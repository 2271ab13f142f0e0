/** One line of a stream, 1-based; `bytes` without its line ending, or null when longer than the limit. */
export interface ByteLine {
  number: number;
  bytes: Buffer | null;
}

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding it, so each line can be checked for
 * binary data and bad UTF-8 with its own line number. A line longer than `maxBytes` is skipped over,
 * never held in memory, and reported as null: one huge line cannot exhaust memory.
 */
export async function* byteLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): ByteLine => {
    number += 1;
    let bytes = tooLong ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (bytes && bytes.at(-1) === 13) bytes = bytes.subarray(0, -1);
    parts = [];
    size = 0;
    tooLong = false;
    return { number, bytes };
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let start = 0; start < buffer.length; ) {
      const newline = buffer.indexOf(10, start);
      const end = newline === -1 ? buffer.length : newline;
      if (!tooLong && size + end - start > maxBytes) {
        tooLong = true;
        parts = [];
      }
      if (!tooLong) {
        parts.push(buffer.subarray(start, end));
        size += end - start;
      }
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) yield finish();
}

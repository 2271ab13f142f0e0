/** Receives each line: its 1-based number and where its bytes are (without the line ending), or null when too long. */
export type OnLine = (number: number, bytes: Buffer | null, start: number, end: number) => void;

/**
 * Splits a byte stream into lines (LF or CRLF) as chunks arrive, without decoding it, so each line can
 * be checked for binary data and bad UTF-8 with its own line number. Called synchronously per chunk:
 * a million lines cost a million calls, not a million promises. A line is handed over as a range of
 * the chunk it sits in (no copy), unless it spans chunks. A line longer than `maxBytes` is skipped over,
 * never held in memory, and reported as null: one huge line cannot exhaust memory.
 */
export function createLineSplitter(maxBytes: number, onLine: OnLine): { push(chunk: Buffer): void; end(): void } {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const emit = (buffer: Buffer | null, start: number, end: number) => {
    number += 1;
    parts = [];
    size = 0;
    tooLong = false;
    if (buffer === null) return onLine(number, null, 0, 0);
    onLine(number, buffer, start, end > start && buffer[end - 1] === 13 ? end - 1 : end);
  };
  const joined = (last: Buffer) => {
    parts.push(last);
    return Buffer.concat(parts, size + last.length);
  };
  return {
    push(chunk) {
      for (let start = 0; start < chunk.length; ) {
        const newline = chunk.indexOf(10, start);
        const end = newline === -1 ? chunk.length : newline;
        if (!tooLong && size + end - start > maxBytes) {
          tooLong = true;
          parts = [];
        }
        if (newline === -1) {
          if (!tooLong) {
            parts.push(chunk.subarray(start, end));
            size += end - start;
          }
          return;
        }
        if (tooLong) emit(null, 0, 0);
        else if (parts.length === 0) emit(chunk, start, end);
        else {
          const line = joined(chunk.subarray(start, end));
          emit(line, 0, line.length);
        }
        start = newline + 1;
      }
    },
    end() {
      if (tooLong) emit(null, 0, 0);
      else if (size > 0) {
        const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
        emit(line, 0, line.length);
      }
    },
  };
}

import { createReadStream, realpathSync, statSync } from 'node:fs';
import { isDash } from './dash.js';
import { sniffStart } from './decodeText.js';
import { describeFsError } from './describeFsError.js';
import { createLineSplitter } from './lineSplitter.js';
import { lineText } from './lineText.js';
import { listResponseFiles } from './listResponseFiles.js';
import { parseRecord } from './parseRecord.js';
import { specialFileReason } from './specialFile.js';
import { readTextFile } from './readTextFile.js';
import { SIZE_LIMITS, tooLarge } from './sizeLimits.js';

// stagedOutput words its write errors the same way.
export { describeFsError };

/** One record read from a response file, or why it could not be read; `line` is 1-based (0: the whole path). */
export type RecordRead = { source: string; line: number; value: unknown } | { source: string; line: number; error: string };

/**
 * What the reader finds, handed over as it is found. `text` is one line of a `.jsonl` file or stdin,
 * already checked to be text but not yet parsed, so the caller parses it once, its own way.
 */
export interface RecordVisitor {
  text(source: string, line: number, text: string): void;
  value(source: string, line: number, value: unknown): void;
  error(source: string, line: number, reason: string): void;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Reads the records in `.json` files (one response each), `.jsonl` files (one per line), folders
 * (searched recursively, in name order) and `-` (standard input, one response per line), telling
 * `visitor` about each. Memory stays flat: `.jsonl` and stdin are read a chunk at a time, and no line
 * may pass 1 MB. Yields after each chunk, so a caller can pass on what the visitor gathered; the
 * visitor itself is called synchronously. `/dev/stdin` is read as `-` is, through the stream: opened
 * as a path it may be a pipe, which readFile refuses.
 */
export async function* visitRecords(paths: string[], stdin: NodeJS.ReadableStream, visitor: RecordVisitor): AsyncGenerator<void> {
  for (const path of paths) {
    if (isDash(path) || path === '/dev/stdin') {
      yield* visitLines('(stdin)', stdin, visitor);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      visitor.error(path, 0, describeFsError(error));
      continue;
    }
    if (!isFolder) {
      yield* visitFile(path, visitor);
      continue;
    }
    const { files, skipped } = listResponseFiles(path, new Set([realpathSync(path)]));
    if (files.length === 0 && skipped.length === 0) visitor.error(path, 0, 'no .json or .jsonl files in this folder');
    // A link that leads nowhere, or a pipe named like a response file, was meant to be read: never left out unsaid.
    for (const { path: source, reason } of skipped) visitor.error(source, 0, reason);
    for (const file of files) yield* visitFile(file, visitor);
  }
}

/** The same records one at a time, each parsed with parseRecord. */
export async function* readRecords(paths: string[], stdin: NodeJS.ReadableStream): AsyncGenerator<RecordRead> {
  let ready: RecordRead[] = [];
  const visitor: RecordVisitor = {
    text(source, line, text) {
      const parsed = parseRecord(text);
      ready.push('error' in parsed ? { source, line, error: parsed.error } : { source, line, value: parsed.value });
    },
    value: (source, line, value) => ready.push({ source, line, value }),
    error: (source, line, error) => ready.push({ source, line, error }),
  };
  for await (const _ of visitRecords(paths, stdin, visitor)) {
    yield* ready;
    ready = [];
  }
  yield* ready;
}

async function* visitFile(path: string, visitor: RecordVisitor): AsyncGenerator<void> {
  let special: string | null;
  try {
    special = specialFileReason(statSync(path));
  } catch (error) {
    visitor.error(path, 0, describeFsError(error));
    return;
  }
  if (special) {
    visitor.error(path, 0, special);
    return;
  }
  if (/\.jsonl$/i.test(path)) {
    yield* visitLines(path, createReadStream(path, { highWaterMark: 1 << 16 }), visitor);
    return;
  }
  const read = readTextFile(path, SIZE_LIMITS.record);
  if (!read.ok) {
    visitor.error(path, read.line ?? 0, read.reason);
    return;
  }
  const parsed = parseRecord(read.text);
  if ('error' in parsed) visitor.error(path, parsed.line, parsed.error);
  else visitor.value(path, 1, parsed.value);
}

/**
 * One record per line. The first bytes are checked once for another encoding or binary data (one
 * message for the file, not one per line); then each line is checked for size, NUL bytes and UTF-8.
 */
export async function* visitLines(source: string, stream: NodeJS.ReadableStream, visitor: RecordVisitor): AsyncGenerator<void> {
  let records = 0;
  const splitter = createLineSplitter(SIZE_LIMITS.record.bytes, (number, bytes, start, end) => {
    if (bytes === null) {
      records += 1;
      visitor.error(source, number, tooLarge(undefined, SIZE_LIMITS.record));
      return;
    }
    const from = number === 1 && end - start >= 3 && BOM.every((b, i) => bytes[start + i] === b) ? start + 3 : start;
    const text = lineText(bytes, from, end);
    if (typeof text !== 'string') {
      records += 1;
      visitor.error(source, number, text.reason);
      return;
    }
    if (text.trim() === '') return;
    records += 1;
    visitor.text(source, number, text);
  });
  // Only reading is guarded: a visitor's own failure (output that cannot be written) is not the file's fault.
  const chunks = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  try {
    for (let first = true; ; first = false) {
      let next: IteratorResult<Buffer | string>;
      try {
        next = await chunks.next();
      } catch (error) {
        visitor.error(source, 0, describeFsError(error));
        return;
      }
      if (next.done) break;
      const bytes = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      const sniffed = first ? sniffStart(bytes) : undefined;
      if (sniffed) {
        // Stop reading what is not records; a plain ReadableStream has no destroy, and ending the iterator does it.
        void chunks.return?.();
        visitor.error(source, sniffed.line ?? 0, sniffed.reason);
        return;
      }
      splitter.push(bytes);
      yield;
    }
  } finally {
    await chunks.return?.();
  }
  splitter.end();
  if (records === 0) visitor.error(source, 0, 'is empty: no responses in it');
}

import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { byteLines } from './byteLines.js';
import { isDash } from './dash.js';
import { decodeText, sniffStart } from './decodeText.js';
import { describeFsError } from './describeFsError.js';
import { listResponseFiles } from './listResponseFiles.js';
import { parseRecord } from './parseRecord.js';
import { specialFileReason } from './specialFile.js';
import { readTextFile } from './readTextFile.js';
import { SIZE_LIMITS, tooLarge } from './sizeLimits.js';

// stagedOutput words its write errors the same way.
export { describeFsError };

/** One record read from a response file, or why it could not be read; `line` is 1-based (0: the whole path). */
export type RecordRead = { source: string; line: number; value: unknown } | { source: string; line: number; error: string };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Streams the records in `.json` files (one response each), `.jsonl` files (one per line), folders
 * (searched recursively, in name order) and `-` (standard input, one response per line).
 * Memory stays flat: `.jsonl` and stdin are read a line at a time, and no line may pass 1 MB.
 * `/dev/stdin` is read as `-` is, through the stream: opened as a path it may be a pipe, which readFile refuses.
 */
export async function* readRecords(paths: string[], stdin: Readable): AsyncGenerator<RecordRead> {
  for (const path of paths) {
    if (isDash(path) || path === '/dev/stdin') {
      yield* readLines('(stdin)', stdin);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      yield { source: path, line: 0, error: describeFsError(error) };
      continue;
    }
    if (!isFolder) {
      yield* readFile(path);
      continue;
    }
    const { files, skipped } = listResponseFiles(path, new Set([realpathSync(path)]));
    if (files.length === 0 && skipped.length === 0) yield { source: path, line: 0, error: 'no .json or .jsonl files in this folder' };
    // A link that leads nowhere, or a pipe named like a response file, was meant to be read: never left out unsaid.
    for (const { path: source, reason } of skipped) yield { source, line: 0, error: reason };
    for (const file of files) yield* readFile(file);
  }
}

async function* readFile(path: string): AsyncGenerator<RecordRead> {
  let special: string | null;
  try {
    special = specialFileReason(statSync(path));
  } catch (error) {
    yield { source: path, line: 0, error: describeFsError(error) };
    return;
  }
  if (special) {
    yield { source: path, line: 0, error: special };
    return;
  }
  if (/\.jsonl$/i.test(path)) {
    yield* readLines(path, createReadStream(path));
    return;
  }
  const read = readTextFile(path, SIZE_LIMITS.record);
  if (!read.ok) {
    yield { source: path, line: read.line ?? 0, error: read.reason };
    return;
  }
  const parsed = parseRecord(read.text);
  yield 'error' in parsed ? { source: path, ...parsed } : { source: path, line: 1, value: parsed.value };
}

/**
 * One record per line. The first bytes are checked once for another encoding or binary data (one
 * message for the file, not one per line); then each line is checked for size, NUL bytes and UTF-8.
 */
async function* readLines(source: string, stream: Readable): AsyncGenerator<RecordRead> {
  let records = 0;
  try {
    const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
    const first = await chunks.next();
    const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
    const sniffed = sniffStart(head);
    if (sniffed) {
      stream.destroy();
      yield { source, line: sniffed.line ?? 0, error: sniffed.reason };
      return;
    }
    const rest = { [Symbol.asyncIterator]: () => chunks };
    for await (const { number, bytes } of byteLines(prepend(head, rest), SIZE_LIMITS.record.bytes)) {
      if (bytes === null) {
        records += 1;
        yield { source, line: number, error: tooLarge(undefined, SIZE_LIMITS.record) };
        continue;
      }
      const text = decodeLine(number === 1 && bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes);
      if (typeof text !== 'string') {
        records += 1;
        yield { source, line: number, error: text.reason };
        continue;
      }
      if (text.trim() === '') continue;
      records += 1;
      const parsed = parseRecord(text);
      yield 'error' in parsed ? { source, line: number, error: parsed.error } : { source, line: number, value: parsed.value };
    }
  } catch (error) {
    yield { source, line: 0, error: describeFsError(error) };
    return;
  }
  if (records === 0) yield { source, line: 0, error: 'is empty: no responses in it' };
}

/** The text of one line, or why it is not text; only a line that fails the strict decode is looked at again. */
function decodeLine(bytes: Buffer): string | { reason: string } {
  if (bytes.includes(0)) return { reason: 'holds binary data (a NUL byte)' };
  try {
    return utf8.decode(bytes);
  } catch {
    const decoded = decodeText(bytes);
    return decoded.ok ? decoded.text : decoded;
  }
}

async function* prepend(head: Buffer, rest: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  yield head;
  yield* rest;
}

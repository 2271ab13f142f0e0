import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { isDash } from './dash.js';

/** One record read from a response file, or why it could not be read; `line` is 1-based (0: the whole path). */
export type RecordRead = { source: string; line: number; value: unknown } | { source: string; line: number; error: string };

const RESPONSE_FILE = /\.(json|jsonl)$/i;

/**
 * Streams the records in `.json` files (one response each), `.jsonl` files (one per line), folders
 * (searched recursively, in name order) and `-` (standard input, one response per line).
 * Memory stays flat: `.jsonl` and stdin are read a line at a time.
 */
export async function* readRecords(paths: string[], stdin: Readable): AsyncGenerator<RecordRead> {
  for (const path of paths) {
    if (isDash(path)) {
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
    const files = listResponseFiles(path);
    if (files.length === 0) yield { source: path, line: 0, error: 'no .json or .jsonl files in this folder' };
    for (const file of files) yield* readFile(file);
  }
}

function listResponseFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return listResponseFiles(path);
      return entry.isFile() && RESPONSE_FILE.test(entry.name) ? [path] : [];
    });
}

async function* readFile(path: string): AsyncGenerator<RecordRead> {
  if (/\.jsonl$/i.test(path)) {
    yield* readLines(path, createReadStream(path, { encoding: 'utf8' }));
    return;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    yield { source: path, line: 0, error: describeFsError(error) };
    return;
  }
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) yield { source: path, line: parsed.line, error: parsed.error };
  else yield { source: path, line: 1, value: parsed.value };
}

async function* readLines(source: string, stream: Readable): AsyncGenerator<RecordRead> {
  let line = 0;
  try {
    for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
      line += 1;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      const parsed = parseJson(text);
      if ('error' in parsed) yield { source, line, error: parsed.error };
      else yield { source, line, value: parsed.value };
    }
  } catch (error) {
    yield { source, line: 0, error: describeFsError(error) };
  }
}

function parseJson(text: string): { value: unknown } | { error: string; line: number } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
    const cut = text.trim().length > 0 && !/[}\]]\s*$/.test(text);
    return { line, error: cut ? 'not valid JSON (the record looks cut short)' : 'not valid JSON' };
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `could not be read (${code ?? String(error)})`;
}

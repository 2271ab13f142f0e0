import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/files/loadBank.js';
import type { Content } from '../../src/core/content.js';
import { runPlain, type PlainOptions } from '../../src/plain/runPlain.js';
import { memoryStore } from '../../src/store/memoryStore.js';

export function shippedContent(): Content {
  const result = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.content;
}

/**
 * Runs plain mode in process with `input` arriving in one chunk, as a pipe delivers it, then end of input. The
 * fake terminal is `columns` wide: plain mode must not care, since the terminal (not us) wraps its lines.
 */
export async function runPlainWith(content: Content, input: string, options: PlainOptions = {}, store = memoryStore(), columns = 80) {
  const stdin = new PassThrough();
  const stdout = Object.assign(new PassThrough(), { columns, isTTY: true });
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const code = await runPlain(content, store, { input: stdin, output: stdout, error: stderr }, options);
  return { code, out, err, store };
}

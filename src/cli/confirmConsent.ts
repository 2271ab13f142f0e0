import { createInterface } from 'node:readline/promises';
import { stripControl } from '../core/text/stripControl.js';
import { PROSE, wrapLines } from '../core/text/wrapLines.js';
import type { Io } from './Io.js';

/** The words of one consent question: `export` writes a file, `submit` sends to a server. */
export interface ConsentWords {
  question: string;
  refused: string;
  /** Said without a terminal and without --agree: how to agree. */
  needsAgree: string;
}

/**
 * Shows the survey's text and the exact record (`shown`, already worded) on stderr, wrapped at words for the
 * terminal, and asks the person to agree: `--agree`, or typing yes at a terminal. Without either, says why nothing
 * happened and returns false; the caller then writes and sends nothing (exit 1).
 */
export async function confirmConsent(shown: string[], agree: boolean | undefined, io: Io, words: ConsentWords): Promise<boolean> {
  // Wrapped at words for a terminal (at most 100 columns, as plans are), so a long paragraph is not cut mid-word.
  const columns = (io.stderr as { columns?: number }).columns ?? io.stdout.columns ?? 80;
  const width = Math.max(20, Math.min(columns, 100));
  const wrapped = shown.flatMap((line) => {
    const indent = /^ */.exec(line)?.[0] ?? '';
    return line === '' ? [''] : wrapLines(stripControl(line).trimStart(), width - indent.length, PROSE).map((l) => indent + l);
  });
  io.stderr.write(`${wrapped.join('\n')}\n`);
  const agreed = agree === true || (io.stdin.isTTY === true && (await askToAgree(io, words.question)));
  if (!agreed) io.stderr.write(`${agree === undefined && !io.stdin.isTTY ? words.needsAgree : words.refused}\n`);
  return agreed;
}

/** One line from the person at the terminal: yes (or y) agrees; anything else, or the end of input, does not. */
async function askToAgree(io: Io, question: string): Promise<boolean> {
  const lines = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    const answer = await Promise.race([lines.question(question), new Promise<string>((done) => lines.once('close', () => done('')))]);
    return /^\s*(yes|y)\s*$/i.test(answer);
  } finally {
    lines.close();
  }
}

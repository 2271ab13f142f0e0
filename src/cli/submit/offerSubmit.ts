import { createInterface } from 'node:readline/promises';
import { submitWords } from '../../messages/submitWords.js';
import { EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import type { GlobalOptions } from '../context.js';
import type { Io } from '../Io.js';

/**
 * The end of an interview started with --survey URL (or CLINICAL_PATH_SURVEY), after the plan: at a terminal, asks
 * whether to send the response and, on yes, runs `submit` (which shows the text and the record and asks again);
 * without one, prints the exact submit command. Returns the exit code for the whole run: the interview's `code`
 * unless the person chose to submit, then submit's.
 */
export async function offerSubmit(url: string, args: GlobalOptions & { invite?: string }, io: Io, code: number): Promise<number> {
  // The invite (a class poll's code, or a survey's single-use one) goes with it, in the command shown and the one run.
  const command = commandLine(args.commandPrefix, `submit --to ${url}${args.invite === undefined ? '' : ` --invite ${args.invite}`}`);
  // On stderr: standard output may be a plan in Markdown or JSON for a program (--answers --format json).
  if (!io.stdin.isTTY) {
    io.stderr.write(`${submitWords.offer(url, command)}\n`);
    return code;
  }
  // Ink unrefs the terminal's input when it ends: without this, the process would exit while waiting for the answer.
  (io.stdin as { ref?: () => void }).ref?.();
  const lines = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  let answer: string;
  try {
    answer = await Promise.race([lines.question(`\n${submitWords.offerQuestion(url)}`), new Promise<string>((done) => lines.once('close', () => done('')))]);
  } finally {
    lines.close();
  }
  if (!/^\s*(yes|y)\s*$/i.test(answer)) {
    io.stderr.write(`${submitWords.offer(url, command)}\n`);
    return code;
  }
  const { run } = await import('../commands/submitRun.js');
  const sent = await run({ ...args, to: url, ...(args.invite === undefined ? {} : { invite: args.invite }) }, io);
  return code === EXIT.ok ? sent : code;
}

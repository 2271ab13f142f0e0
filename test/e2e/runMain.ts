import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { DASH_TOKEN } from '../../src/files/dash.js';
import { testEnv } from './runBin.js';

/** A stream that keeps what is written to it, as text, readable while the command still runs. */
export function collector(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/**
 * Runs the program in this process, as runBin runs the built bin: the same arguments, a fresh environment for the
 * temporary HOME, `input` on stdin and no terminal at either end. Returns what runBin returns. Commands read and
 * write only the Io they are given.
 */
export function runMain(args: string[], options: RunOptions): Promise<{ code: number; stdout: string; stderr: string }> {
  // One run at a time: the working folder is the process's own, and concurrent tests share it.
  const run = queue.then(() => runNow(args, options));
  queue = run.catch(() => undefined);
  return run;
}

interface RunOptions {
  home: string;
  input?: string;
  env?: Record<string, string>;
  /** The working folder for relative paths in `args`, as runBin's child has `home`; unchanged when left out. */
  cwd?: string;
}

let queue: Promise<unknown> = Promise.resolve();

async function runNow(args: string[], options: RunOptions) {
  const stdin = new PassThrough();
  stdin.end(options.input ?? '');
  const stdout = collector();
  const stderr = collector();
  const cwd = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(
      args.map((arg) => (arg === '-' ? DASH_TOKEN : arg)),
      { stdin, stdout, stderr, env: testEnv(options.home, options.env) },
    );
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.chdir(cwd);
  }
}

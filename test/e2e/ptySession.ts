import pty from '@lydell/node-pty';
import stripAnsi from 'strip-ansi';
import { BIN, testEnv } from './runBin.js';

export interface PtySession {
  /** Everything printed so far, ANSI stripped. */
  output(): string;
  /** Everything printed so far, escape sequences included. */
  raw(): string;
  /** Waits until `text` appears in the output printed after the last `mark()`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  mark(): void;
  write(keys: string): void;
  kill(signal?: string): void;
  /** Changes the terminal's size, as dragging the window's corner does (the app gets SIGWINCH). */
  resize(cols: number, rows: number): void;
  exited: Promise<{ exitCode: number; signal?: number }>;
}

export interface PtyOptions {
  home: string;
  cols?: number;
  rows?: number;
  env?: Record<string, string>;
  term?: string;
  /** Variables to remove from the environment (testEnv sets CI and NO_COLOR, for one). */
  unset?: string[];
  /**
   * A shell command that runs the bin as `"$@"`, to change what is around it:
   * `'"$@" | cat'` pipes its output, `'"$@" <&-'` closes its input, `'unset TERM; exec "$@"'`.
   */
  shell?: string;
}

/** Runs the built bin in a real pseudo-terminal, with CI=false so Ink draws frames as it does for people. */
export function startPty(args: string[], options: PtyOptions): PtySession {
  const env = testEnv(options.home, { ...options.env, ...(options.term ? { TERM: options.term } : {}) });
  for (const name of options.unset ?? []) delete env[name];
  const [file, argv] = options.shell === undefined ? [process.execPath, [BIN, ...args]] : ['/bin/sh', ['-c', options.shell, 'sh', process.execPath, BIN, ...args]];
  const term = pty.spawn(file, argv, {
    name: options.term ?? 'xterm-256color',
    cols: options.cols ?? 100,
    rows: options.rows ?? 30,
    cwd: options.home,
    env: env as Record<string, string>,
  });
  let raw = '';
  let from = 0;
  term.onData((data) => {
    raw += data;
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => term.onExit(resolve));
  const output = () => stripAnsi(raw);
  return {
    output,
    raw: () => raw,
    mark: () => {
      from = output().length;
    },
    write: (keys) => term.write(keys),
    kill: (signal) => term.kill(signal),
    resize: (cols, rows) => term.resize(cols, rows),
    exited,
    waitFor: (text, timeoutMs = 8000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          const seen = output().slice(from);
          if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) return resolve();
          if (Date.now() - started > timeoutMs) return reject(new Error(`Timed out waiting for ${String(text)}. Screen so far:\n${seen.slice(-1500)}`));
          setTimeout(check, 25);
        };
        check();
      }),
  };
}

export const KEYS = { enter: '\r', down: '\u001B[B', up: '\u001B[A', left: '\u001B[D', space: ' ', esc: '\u001B', ctrlC: '\u0003' } as const;

/** Someone starting afresh first sees the intro: Enter starts, and the first question follows. */
export async function pastIntro(session: PtySession): Promise<void> {
  await session.waitFor('Press Enter to start');
  session.write(KEYS.enter);
  await session.waitFor('Question 1 of');
}

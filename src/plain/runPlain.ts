import { createInterface } from 'node:readline';
import { EXIT } from '../cli/CliError.js';
import { closingLines } from '../cli/closingLines.js';
import { commandLine } from '../cli/commandLine.js';
import type { CommandPrefix } from '../cli/commandName.js';
import { toSaved } from '../core/flow/flowReducer.js';
import { toAscii } from '../core/text/toAscii.js';
import type { Content } from '../core/content.js';
import type { Store } from '../store/Store.js';
import { resumeInterview } from '../store/resumeInterview.js';
import { introScreen } from './introScreen.js';
import { plainPlan } from './plainPlan.js';
import { screenLines } from './screenLines.js';
import { stepPlain } from './stepPlain.js';

export interface PlainIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  error: NodeJS.WritableStream;
}

/** How plain mode prints, decided by the caller from options and the environment (plain code reads neither). */
export interface PlainOptions {
  /** Plain punctuation only (`--ascii`, or a locale that is not UTF-8): every line goes through toAscii. */
  ascii?: boolean;
  /** A person is typing (input is a terminal): the intro waits for Enter. From a pipe it does not. */
  interactive?: boolean;
  /** How this person starts clinical-path (npx, npm start, installed): every command named in a message starts so. */
  commandPrefix?: CommandPrefix;
  /** Called once the saved answers are open, before the first question; the lines it returns are printed as notes. */
  onResumed?: () => readonly string[];
}

export const inputEnded = (prefix?: CommandPrefix) =>
  `Input ended before the interview was finished; your answers so far are saved. Run ${commandLine(prefix)} again to continue.`;
export const outputClosed = (prefix?: CommandPrefix) =>
  `Output was closed before the interview was finished; your answers so far are saved. Run ${commandLine(prefix)} again to continue.`;

/** Stopping signals and their exit codes (128 + signal number), as the Ink interview uses. */
const SIGNALS = { SIGINT: EXIT.cancelled, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * The interview as plain lines (screen readers, TERM=dumb, pipes): the same reducer and store as the Ink
 * interview, without Ink. Reads one answer per line; saves after every change; resumes like the Ink
 * interview (a finished one reopens at the review). Returns the exit code: 0 with the plan printed,
 * 1 when input ends (or output closes) first, 130 on Ctrl+C (129/143 on SIGHUP/SIGTERM). Someone starting afresh
 * gets a short intro first; each line printed is one whole line, the plan's too, for the terminal to wrap.
 * Commands named in messages start with `options.commandPrefix`.
 */
export async function runPlain(
  content: Content,
  store: Store,
  io: PlainIO = { input: process.stdin, output: process.stdout, error: process.stderr },
  options: PlainOptions = {},
): Promise<number> {
  const { bank } = content;
  const { commandPrefix } = options;
  const stamp = { id: bank.id, version: bank.version };
  const lines = createInterface({ input: io.input, terminal: false, crlfDelay: Infinity });
  const stop: { code: number | null; outputClosed: boolean } = { code: null, outputClosed: false };
  // Output piped into a program that quit (`| head`): stop asking, quietly; what was answered is saved.
  io.output.on('error', () => {
    stop.outputClosed = true;
    stop.code ??= EXIT.incomplete;
    lines.close();
  });
  const print = (text: readonly string[]) => {
    const shown = options.ascii ? text.map(toAscii) : text;
    if (shown.length > 0 && !stop.outputClosed) io.output.write(`${shown.join('\n')}\n`);
  };
  const unwatch = Object.entries(SIGNALS).map(([signal, code]) => {
    const onSignal = () => {
      stop.code = code;
      lines.close();
    };
    process.once(signal, onSignal);
    return () => process.off(signal, onSignal);
  });

  const resumed = resumeInterview(bank, store);
  let state = resumed.initial;
  print(resumed.notes);
  print(options.onResumed?.() ?? []);
  // Not on resume: someone coming back knows what this is, and the welcome-back line says where they are.
  const { fresh } = resumed;
  let atIntro = fresh && options.interactive === true;
  if (fresh) print(introScreen(commandLine(commandPrefix), atIntro));
  if (!atIntro) print([...(fresh ? [''] : []), ...screenLines(bank, state)]);
  try {
    // One line at a time from the iterator: piped lines that arrive together are never dropped.
    for await (const line of lines) {
      if (stop.code !== null) break;
      if (atIntro) {
        // Whatever was typed only ends the intro: it cannot answer a question that was not on screen yet.
        atIntro = false;
        print(['', ...screenLines(bank, state)]);
        continue;
      }
      const step = stepPlain(bank, state, line);
      if (step.state !== state) store.save(toSaved(step.state), stamp);
      state = step.state;
      print(step.lines);
      if (state.screen === 'done') break;
    }
  } finally {
    for (const off of unwatch) off();
    lines.close();
  }

  if (stop.outputClosed) {
    io.error.write(`${outputClosed(commandPrefix)}\n`);
    return EXIT.incomplete;
  }
  if (stop.code !== null) {
    print(['', ...closingLines(commandPrefix, { finished: false, answered: Object.keys(state.answers).length })]);
    return stop.code;
  }
  if (state.screen !== 'done') {
    io.error.write(`${inputEnded(commandPrefix)}\n`);
    return EXIT.incomplete;
  }
  print(['', ...plainPlan(content, state.answers, new Date())]);
  print(['', ...closingLines(commandPrefix, { finished: true, location: store.location })]);
  return EXIT.ok;
}

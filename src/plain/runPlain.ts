import { createInterface } from 'node:readline';
import { EXIT } from '../cli/CliError.js';
import { closingLines } from '../cli/closingLines.js';
import { commandLine } from '../cli/commandLine.js';
import type { CommandPrefix } from '../cli/commandName.js';
import { outputPlan } from '../cli/planOutput.js';
import { toSaved } from '../core/flow/flowReducer.js';
import type { Content } from '../files/loadBank.js';
import type { Store } from '../store/Store.js';
import { resumeInterview } from '../store/resumeInterview.js';
import { screenLines } from './screenLines.js';
import { stepPlain } from './stepPlain.js';

export interface PlainIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  error: NodeJS.WritableStream;
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
 * 1 when input ends (or output closes) first, 130 on Ctrl+C (129/143 on SIGHUP/SIGTERM).
 * The plan itself is printed by outputPlan, on process.stdout. Commands named in messages start with `commandPrefix`.
 */
export async function runPlain(
  content: Content,
  store: Store,
  io: PlainIO = { input: process.stdin, output: process.stdout, error: process.stderr },
  { commandPrefix }: { commandPrefix?: CommandPrefix } = {},
): Promise<number> {
  const { bank } = content;
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
    if (text.length > 0 && !stop.outputClosed) io.output.write(`${text.join('\n')}\n`);
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
  print(screenLines(bank, state));
  try {
    // One line at a time from the iterator: piped lines that arrive together are never dropped.
    for await (const line of lines) {
      if (stop.code !== null) break;
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
  print(['']);
  outputPlan(content, state.answers, { format: 'text', color: false });
  print(['', ...closingLines(commandPrefix, { finished: true, location: store.location })]);
  return EXIT.ok;
}

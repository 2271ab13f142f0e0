import chalk from 'chalk';
import { render } from 'ink';
import { toSaved, type FlowState } from '../core/flow/flowReducer.js';
import type { Content } from '../core/content.js';
import type { Store } from '../store/Store.js';
import { PROSE, wrapLines } from '../core/text/wrapLines.js';
import { App } from '../ui/App.js';
import { PaintClockContext } from '../ui/PaintClock.js';
import { countWrites } from './countWrites.js';
import { chooseTheme, ThemeContext } from '../ui/theme.js';
import { EXIT } from './CliError.js';
import { unmountOnSignals } from './unmountOnSignals.js';
import { outputPlan } from './planOutput.js';
import { closingLines } from './closingLines.js';
import type { CommandPrefix } from './commandName.js';
import { commandLine } from './commandLine.js';
import type { Io } from './Io.js';
import { inkOptions } from './inkOptions.js';

/** The ends of a terminal session: both are terminals, or the interview would be in plain mode. */
export interface TerminalIo extends Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/**
 * The Ink interview from a resumed state: saves after every step, prints the plan when done.
 * `drawnLines` lines of a first frame printed before Ink loaded are erased just before Ink's own frame.
 * `color: false` (--no-color, NO_COLOR) leaves out every color code; the pointer and [x] carry the meaning.
 * The closing lines name commands starting with `commandPrefix`. Returns the exit code: 0 with the plan printed,
 * 130 when the person quit, 129/143 when the terminal closed or the process was stopped.
 */
export async function runInteractive(
  content: Content,
  store: Store,
  resumed: { initial: FlowState; notes: string[]; fresh?: boolean },
  { drawnLines = 0, large = false, color = true, commandPrefix }: { drawnLines?: number; large?: boolean; color?: boolean; commandPrefix?: CommandPrefix },
  io: TerminalIo,
): Promise<number> {
  // Ink styles with chalk's shared instance, which reads --no-color and FORCE_COLOR=0 but not NO_COLOR.
  if (!color) chalk.level = 0;
  const { bank } = content;
  const stamp = { id: bank.id, version: bank.version };
  const { initial, notes } = resumed;
  // Before the first-frame eraser, which wraps whatever write it finds and then puts it back.
  const paint = countWrites(io.stdout);
  if (drawnLines > 0) eraseWithFirstWrite(io.stdout, drawnLines);

  let last: FlowState = initial;
  const outcome: { reason: 'done' | 'quit' | 'cancel' } = { reason: 'quit' };
  let saveFailure: unknown = null;
  const onChange = (state: FlowState) => {
    last = state;
    try {
      store.save(toSaved(state), stamp);
    } catch (error) {
      // Stop at once rather than let the person answer more that cannot be kept; the error is reported below.
      saveFailure ??= error;
      instance.unmount();
    }
  };
  const tree = () => (
    <ThemeContext value={chooseTheme(large, io.env)}>
      <PaintClockContext value={paint}>
        <App
          bank={bank}
          initial={initial}
          note={notes.join('\n') || undefined}
          onChange={onChange}
          onExit={(reason) => (outcome.reason = reason)}
          {...(resumed.fresh ? { intro: { command: commandLine(commandPrefix) } } : {})}
        />
      </PaintClockContext>
    </ThemeContext>
  );
  const instance = render(tree(), inkOptions(io));
  // Ahead of Ink's own resize handler, which only re-lays out the tree drawn for the old size: re-render it for
  // the new size at once (Ink's rerender is synchronous), so the frame drawn next fits. A stale frame as tall as
  // the terminal makes Ink wipe the screen and the scrollback.
  const redraw = () => instance.rerender(tree());
  io.stdout.prependListener('resize', redraw);
  const signalled = unmountOnSignals(instance);
  try {
    await instance.waitUntilExit();
  } finally {
    io.stdout.off('resize', redraw);
    paint.stop();
  }
  if (saveFailure) throw saveFailure;

  if (outcome.reason === 'done') {
    await outputPlan(content, last.answers, { format: 'text' }, io);
    io.stdout.write('\n');
    say(io.stdout, closingLines(commandPrefix, { finished: true, location: store.location }));
    return signalled() ?? EXIT.ok;
  }
  say(io.stdout, closingLines(commandPrefix, { finished: false, answered: Object.keys(last.answers).length }));
  return signalled() ?? EXIT.cancelled;
}

/** Closing lines, wrapped at spaces to the terminal as the plan is: a narrow terminal would cut words. */
function say(stdout: NodeJS.WriteStream, lines: readonly string[]): void {
  const width = Math.min(stdout.columns || 80, 100);
  stdout.write(`${lines.flatMap((line) => wrapLines(line, width, PROSE)).join('\n')}\n`);
}

/**
 * Erases the pre-drawn first frame in the same write as Ink's first output, so the screen never shows
 * a blank gap between the two.
 */
function eraseWithFirstWrite(stdout: NodeJS.WriteStream, lines: number): void {
  const write = stdout.write.bind(stdout) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stdout.write = write as typeof stdout.write;
    const erase = `\r\u001B[${lines}A\u001B[J`;
    return write(typeof chunk === 'string' ? erase + chunk : Buffer.concat([Buffer.from(erase), chunk]), ...rest);
  }) as typeof stdout.write;
}

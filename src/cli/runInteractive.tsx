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

/**
 * The Ink interview from a resumed state: saves after every step, prints the plan when done.
 * `drawnLines` lines of a first frame printed before Ink loaded are erased just before Ink's own frame.
 * `color: false` (--no-color, NO_COLOR) leaves out every color code; the pointer and [x] carry the meaning.
 * The closing lines name commands starting with `commandPrefix`.
 */
export async function runInteractive(
  content: Content,
  store: Store,
  resumed: { initial: FlowState; notes: string[]; fresh?: boolean },
  { drawnLines = 0, large = false, color = true, commandPrefix }: { drawnLines?: number; large?: boolean; color?: boolean; commandPrefix?: CommandPrefix } = {},
): Promise<void> {
  // Ink styles with chalk's shared instance, which reads --no-color and FORCE_COLOR=0 but not NO_COLOR.
  if (!color) chalk.level = 0;
  const { bank } = content;
  const stamp = { id: bank.id, version: bank.version };
  const { initial, notes } = resumed;
  // Before the first-frame eraser, which wraps whatever write it finds and then puts it back.
  const paint = countWrites(process.stdout);
  if (drawnLines > 0) eraseWithFirstWrite(drawnLines);

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
    <ThemeContext value={chooseTheme(large, process.env)}>
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
  const instance = render(tree(), { exitOnCtrlC: false });
  // Ahead of Ink's own resize handler, which only re-lays out the tree drawn for the old size: re-render it for
  // the new size at once (Ink's rerender is synchronous), so the frame drawn next fits. A stale frame as tall as
  // the terminal makes Ink wipe the screen and the scrollback.
  const redraw = () => instance.rerender(tree());
  process.stdout.prependListener('resize', redraw);
  unmountOnSignals(instance);
  try {
    await instance.waitUntilExit();
  } finally {
    process.stdout.off('resize', redraw);
    paint.stop();
  }
  if (saveFailure) throw saveFailure;

  if (outcome.reason === 'done') {
    await outputPlan(content, last.answers, { format: 'text' });
    process.stdout.write('\n');
    say(closingLines(commandPrefix, { finished: true, location: store.location }));
    return;
  }
  if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = EXIT.cancelled;
  say(closingLines(commandPrefix, { finished: false, answered: Object.keys(last.answers).length }));
}

/** Closing lines, wrapped at spaces to the terminal as the plan is: a narrow terminal would cut words. */
function say(lines: readonly string[]): void {
  const width = Math.min(process.stdout.columns || 80, 100);
  process.stdout.write(`${lines.flatMap((line) => wrapLines(line, width, PROSE)).join('\n')}\n`);
}

/**
 * Erases the pre-drawn first frame in the same write as Ink's first output, so the screen never shows
 * a blank gap between the two.
 */
function eraseWithFirstWrite(lines: number): void {
  const write = process.stdout.write.bind(process.stdout) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    process.stdout.write = write as typeof process.stdout.write;
    const erase = `\r\u001B[${lines}A\u001B[J`;
    return write(typeof chunk === 'string' ? erase + chunk : Buffer.concat([Buffer.from(erase), chunk]), ...rest);
  }) as typeof process.stdout.write;
}

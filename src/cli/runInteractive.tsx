import chalk from 'chalk';
import { render } from 'ink';
import { toSaved, type FlowState } from '../core/flow/flowReducer.js';
import type { Content } from '../files/loadBank.js';
import type { Store } from '../store/Store.js';
import { wrapText } from '../render/wrapText.js';
import { App } from '../ui/App.js';
import { chooseTheme, ThemeContext } from '../ui/theme.js';
import { EXIT } from './CliError.js';
import { unmountOnSignals } from './unmountOnSignals.js';
import { outputPlan } from './planOutput.js';
import { closingLines } from './closingLines.js';
import type { CommandPrefix } from './commandName.js';

/**
 * The Ink interview from a resumed state: saves after every step, prints the plan when done.
 * `drawnLines` lines of a first frame printed before Ink loaded are erased just before Ink's own frame.
 * `color: false` (--no-color, NO_COLOR) leaves out every color code; the pointer and [x] carry the meaning.
 * The closing lines name commands starting with `commandPrefix`.
 */
export async function runInteractive(
  content: Content,
  store: Store,
  resumed: { initial: FlowState; notes: string[] },
  { drawnLines = 0, large = false, color = true, commandPrefix }: { drawnLines?: number; large?: boolean; color?: boolean; commandPrefix?: CommandPrefix } = {},
): Promise<void> {
  // Ink styles with chalk's shared instance, which reads --no-color and FORCE_COLOR=0 but not NO_COLOR.
  if (!color) chalk.level = 0;
  const { bank } = content;
  const stamp = { id: bank.id, version: bank.version };
  const { initial, notes } = resumed;
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
  const instance = render(
    <ThemeContext value={chooseTheme(large, process.env)}>
      <App bank={bank} initial={initial} note={notes.join('\n') || undefined} onChange={onChange} onExit={(reason) => (outcome.reason = reason)} />
    </ThemeContext>,
    { exitOnCtrlC: false },
  );
  unmountOnSignals(instance);
  await instance.waitUntilExit();
  if (saveFailure) throw saveFailure;

  if (outcome.reason === 'done') {
    outputPlan(content, last.answers, { format: 'text' });
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
  process.stdout.write(`${lines.flatMap((line) => wrapText(line, width)).join('\n')}\n`);
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

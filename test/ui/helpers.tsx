import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { vi } from 'vitest';
import type { Bank } from '../../src/core/bank/schema.js';
import { startFlow, type FlowState, type SavedProgress } from '../../src/core/flow/flowReducer.js';
import { App, type ExitReason } from '../../src/ui/App.js';
import { normalTheme, ThemeContext, type Theme } from '../../src/ui/theme.js';
import { tinyBank } from '../fixtures/tinyBank.js';

export const keys = {
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  enter: '\r',
  space: ' ',
  esc: '\u001B',
  backspace: '\u007F',
  ctrlC: '\u0003',
} as const;

type LastFrame = () => string | undefined;
interface Writable {
  write: (data: string) => void;
}

/** The visible frame without colors. */
export function frame(lastFrame: LastFrame): string {
  return stripAnsi(lastFrame() ?? '');
}

/**
 * Lets React run the effects of the last render: Ink subscribes input handlers in effects, so a key
 * written straight after another can reach a handler that has not seen the first one's state yet.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(() => setImmediate(resolve), 0));
}

export async function waitFor(check: () => boolean, what: string, timeout = 2000): Promise<void> {
  const until = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await nextTurn();
}

export async function waitForText(lastFrame: LastFrame, text: string, timeout = 2000): Promise<void> {
  await waitFor(() => frame(lastFrame).includes(text), `"${text}" in:\n${frame(lastFrame)}`, timeout);
}

/** Writes a key and waits until the frame changes (no fixed sleeps). */
export async function press(stdin: Writable, lastFrame: LastFrame, data: string, timeout = 2000): Promise<void> {
  const before = frame(lastFrame);
  stdin.write(data);
  await waitFor(() => frame(lastFrame) !== before, `the frame to change after ${JSON.stringify(data)}; still:\n${before}`, timeout);
}

export interface AppRun {
  stdin: Writable;
  lastFrame: LastFrame;
  /** The frame now, without colors. */
  screen: () => string;
  press: (data: string) => Promise<void>;
  /** Writes keys one at a time, waiting for each to change the frame. */
  pressAll: (...data: string[]) => Promise<void>;
  waitForText: (text: string) => Promise<void>;
  /** Every state onChange received, in order. */
  changes: FlowState[];
  lastState: () => FlowState | undefined;
  exits: ExitReason[];
  unmount: () => void;
}

export async function renderApp(
  options: { bank?: Bank; saved?: Saved; note?: string; rows?: number; theme?: Theme } = {},
): Promise<AppRun> {
  const bank = options.bank ?? tinyBank();
  const changes: FlowState[] = [];
  const exits: ExitReason[] = [];
  const onChange = vi.fn((state: FlowState) => void changes.push(state));
  const onExit = vi.fn((reason: ExitReason) => void exits.push(reason));
  const { stdin, lastFrame, unmount } = render(
    <ThemeContext value={options.theme ?? normalTheme}>
      <App bank={bank} initial={startFlow(bank, options.saved)} note={options.note} onChange={onChange} onExit={onExit} rows={options.rows} />
    </ThemeContext>,
  );
  await waitFor(() => frame(lastFrame) !== '', 'the first frame');
  const run: AppRun = {
    stdin,
    lastFrame,
    screen: () => frame(lastFrame),
    press: (data) => press(stdin, lastFrame, data),
    pressAll: async (...data) => {
      for (const d of data) await press(stdin, lastFrame, d);
    },
    waitForText: (text) => waitForText(lastFrame, text),
    changes,
    lastState: () => changes.at(-1),
    exits,
    unmount,
  };
  return run;
}

export type Saved = Partial<SavedProgress>;

/** Answers that reach review on the post-primary path of the tiny bank. */
export const postPrimaryAnswers = { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR', obstacle: '' };

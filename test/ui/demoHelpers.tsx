import { render } from 'ink-testing-library';
import { fileURLToPath } from 'node:url';
import type { FlowState } from '../../src/core/flow/flowReducer.js';
import type { Persona } from '../../src/core/persona/personaSchema.js';
import { loadContent } from '../../src/files/loadBank.js';
import type { Content } from '../../src/core/content.js';
import { DemoApp, type DemoExitReason } from '../../src/ui/demo/DemoApp.js';
import { normalTheme, ThemeContext, type Theme } from '../../src/ui/theme.js';
import { frame, press, waitFor, waitForText } from './helpers.js';

let shipped: Content | undefined;

/** The shipped question bank, plan and personas (loaded once). */
export function shippedContent(): Content {
  if (!shipped) {
    const result = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
    if (!result.ok) throw new Error(`shipped bank invalid: ${JSON.stringify(result.problems)}`);
    shipped = result.content;
  }
  return shipped;
}

export function persona(id: string): Persona {
  const found = shippedContent().personas.find((p) => p.id === id);
  if (!found) throw new Error(`no persona ${id}`);
  return found;
}

/** A fixed date, so plans are the same on every run. */
export const NOW = new Date('2026-11-15T12:00:00Z');

export interface DemoRun {
  stdin: { write: (data: string) => void };
  lastFrame: () => string | undefined;
  frames: string[];
  screen: () => string;
  press: (data: string) => Promise<void>;
  waitForText: (text: string, timeout?: number) => Promise<void>;
  changes: FlowState[];
  lastState: () => FlowState | undefined;
  exits: DemoExitReason[];
}

export async function renderDemo(
  options: { persona?: string; autoplay?: number; rows?: number; theme?: Theme; color?: boolean } = {},
): Promise<DemoRun> {
  const changes: FlowState[] = [];
  const exits: DemoExitReason[] = [];
  const { stdin, lastFrame, frames } = render(
    <ThemeContext value={options.theme ?? normalTheme}>
      <DemoApp
        content={shippedContent()}
        persona={options.persona === undefined ? undefined : persona(options.persona)}
        autoplay={options.autoplay}
        now={NOW}
        color={options.color ?? false}
        rows={options.rows ?? 40}
        onExit={(reason) => void exits.push(reason)}
        onChange={(state) => void changes.push(state)}
      />
    </ThemeContext>,
  );
  await waitFor(() => frame(lastFrame) !== '', 'the first frame');
  return {
    stdin,
    lastFrame,
    frames,
    screen: () => frame(lastFrame),
    press: (data) => press(stdin, lastFrame, data),
    waitForText: (text, timeout) => waitForText(lastFrame, text, timeout),
    changes,
    lastState: () => changes.at(-1),
    exits,
  };
}

/** Steps (Space) until the plan shows. */
export async function stepToPlan(run: DemoRun): Promise<void> {
  for (let i = 0; i < 40 && !run.screen().includes("'s plan"); i += 1) await run.press(' ');
  await run.waitForText("'s plan");
}

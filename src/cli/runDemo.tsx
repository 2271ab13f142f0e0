import chalk from 'chalk';
import { render } from 'ink';
import type { Persona } from '../core/persona/personaSchema.js';
import type { Content } from '../core/content.js';
import { DemoApp, type DemoExitReason } from '../ui/demo/DemoApp.js';
import { ThemeContext, type Theme } from '../ui/theme.js';
import { EXIT } from './CliError.js';
import { unmountOnSignals } from './unmountOnSignals.js';
import type { TerminalIo } from './runInteractive.js';
import { inkOptions } from './inkOptions.js';

export interface RunDemoOptions {
  /** Skip the picker. */
  persona?: Persona;
  /** Seconds between automatic steps. */
  autoplay?: number;
  theme: Theme;
  /** false (--no-color, NO_COLOR): no color anywhere, the text markers carry the meaning. */
  color: boolean;
}

/** The Ink demo on no store at all: nothing is read or written. Returns the exit code: 0 when quit, 130 on Ctrl+C. */
export async function runDemo(content: Content, options: RunDemoOptions, io: TerminalIo): Promise<number> {
  // Ink styles with chalk's shared instance, which does not read NO_COLOR by itself.
  if (!options.color) chalk.level = 0;
  const outcome: { reason: DemoExitReason } = { reason: 'quit' };
  const instance = render(
    <ThemeContext value={options.theme}>
      <DemoApp
        content={content}
        persona={options.persona}
        autoplay={options.autoplay}
        color={options.color}
        onExit={(reason) => (outcome.reason = reason)}
      />
    </ThemeContext>,
    inkOptions(io),
  );
  const signalled = unmountOnSignals(instance);
  await instance.waitUntilExit();
  io.stdout.write('Demo over. Nothing was saved.\n');
  return signalled() ?? (outcome.reason === 'cancel' ? EXIT.cancelled : EXIT.ok);
}

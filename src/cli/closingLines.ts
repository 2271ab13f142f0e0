import { commandLine } from './commandLine.js';
import type { CommandPrefix } from './commandName.js';

export type Ending = { finished: true; location: string } | { finished: false; answered: number };

/**
 * The last lines of an interview (full-screen or plain) and of `--answers`, with commands that work where the person
 * is: after the plan, where the answers are and how to see the plan again; when they stop early, that what they gave
 * is kept and how to go on. Each command ends its line, so it can be copied whole.
 */
export function closingLines(prefix: CommandPrefix | undefined, ending: Ending): string[] {
  if (!ending.finished) {
    const { answered } = ending;
    // Stopping at the intro or the first question leaves nothing to continue: say how to start instead.
    if (answered === 0) return [`Nothing was answered yet, so nothing was saved. Run ${commandLine(prefix)} to start again.`];
    return [`Saved ${answered} answer${answered === 1 ? '' : 's'}. Run ${commandLine(prefix)} again to continue where you left off.`];
  }
  return [
    `Your answers are saved in ${ending.location}.`,
    `See the plan again: ${commandLine(prefix, 'plan')}`,
    `Save it as Markdown: ${commandLine(prefix, 'plan --format markdown --out plan.md')}`,
  ];
}

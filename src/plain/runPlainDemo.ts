import { createInterface } from 'node:readline';
import type { Content } from '../core/content.js';
import type { Persona } from '../core/persona/personaSchema.js';
import { toAscii } from '../core/text/toAscii.js';
import { demoWords as w } from '../messages/demoWords.js';
import { demoSteps } from './demoSteps.js';
import type { PlainIO } from './runPlain.js';

/** What stops the demo when typed on its own line: "q", as the prompt says, or the word. */
const STOP = new Set(['q', 'quit']);

/**
 * `demo --plain` for a student following with a screen reader: the story, then one question with the persona's
 * answer per line read from input (Enter; any text but `q` steps on too), then the plan. `q` stops. Lines are whole,
 * with no color and no cursor movement. When input ends (a pipe, a file, Ctrl+D) nobody is left to press Enter, so
 * the rest is printed at once without prompts: `demo --persona NAME < /dev/null` still prints the whole demo, and a
 * script stepping with N lines sees exactly N steps before it. Returns the exit code: 0 finished or stopped.
 */
export async function runPlainDemo(content: Content, persona: Persona, io: PlainIO, options: { ascii?: boolean } = {}): Promise<number> {
  const steps = demoSteps(content, persona, new Date());
  const last = steps.length - 1;
  const lines = createInterface({ input: io.input, terminal: false, crlfDelay: Infinity });
  let closed = false;
  // Output piped into a program that quit (`| head`): stop quietly; a demo has nothing to save.
  io.output.on('error', () => {
    closed = true;
    lines.close();
  });
  const print = (text: readonly string[]) => {
    if (!closed && text.length > 0) io.output.write(`${(options.ascii ? text.map(toAscii) : text).join('\n')}\n`);
  };
  const prompt = (shown: number) => print(['', shown === last - 1 ? w.nextPlan : w.nextQuestion]);

  let shown = 0;
  print(steps[0] ?? []);
  try {
    if (last > 0) prompt(0);
    // One line at a time from the iterator: piped lines that arrive together each count as one step.
    for await (const line of lines) {
      if (closed) break;
      if (STOP.has(line.trim().toLowerCase())) {
        print(['', w.stopped]);
        return 0;
      }
      shown += 1;
      print(steps[shown] ?? []);
      if (shown >= last) break;
      prompt(shown);
    }
  } finally {
    lines.close();
  }
  for (const step of steps.slice(shown + 1)) print(step);
  print(['', w.over]);
  return 0;
}

import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtySession } from './ptySession.js';
import { tempHome } from './runBin.js';

let session: PtySession | undefined;
afterEach(() => {
  session?.kill('SIGKILL');
  session = undefined;
});

/** `demo --plain` at a real terminal, as a screen-reader user has it: the terminal's own line editing, Enter to step. */
describe('demo --plain at a terminal', () => {
  it('waits for Enter before each question, q then Enter stops with exit 0, and nothing moves the cursor', async () => {
    const { home } = tempHome();
    const run = (session = startPty(['demo', '--plain', '--persona', 'Dana'], { home }));
    await run.waitFor('Press Enter for the next question, q then Enter to stop.');
    expect(run.output()).not.toContain('Question 1 of 22');
    run.mark();
    run.write(KEYS.enter);
    await run.waitFor(/Question 1 of 22[^]*Press Enter for the next question/);
    expect(run.output()).not.toContain('Question 2 of 22');
    run.mark();
    run.write(KEYS.enter);
    await run.waitFor(/Dana's answer: Computed tomography \(CT\) \(number 1\)[^]*Press Enter/);
    run.write(`q${KEYS.enter}`);
    expect((await run.exited).exitCode).toBe(0);
    expect(run.output()).toContain('Demo stopped. Nothing was saved.');
    expect(run.output()).not.toContain('Question 3 of 22');
    // Colour off and no cursor movement: the only bytes besides text are the terminal's own line endings.
    // eslint-disable-next-line no-control-regex -- looking for escape sequences
    expect(run.raw()).not.toMatch(/\u001B/);
  });
});

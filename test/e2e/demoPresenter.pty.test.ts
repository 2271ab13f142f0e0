import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtySession } from './ptySession.js';
import { tempHome } from './runBin.js';

/** The demo's clicker keys and markers in a real terminal, as a class sees them on the projector. */

const PGDN = '\u001B[6~';
const PGUP = '\u001B[5~';
const RIGHT = '\u001B[C';
/** Ink wipes the screen and the scrollback (ESC[3J) when a frame is as tall as the terminal. */
const WIPE = '\u001B[3J';

let session: PtySession | undefined;
afterEach(() => {
  session?.kill('SIGKILL');
  session = undefined;
});

function demo(args: string[], cols = 100, rows = 30): PtySession {
  const { home } = tempHome();
  return (session = startPty(['demo', '--persona', 'turned-down', ...args], { home, cols, rows }));
}

/** Presses the keys, then waits for `text` in what is drawn after them. */
async function press(run: PtySession, keys: string[], text: string | RegExp): Promise<void> {
  run.mark();
  for (const key of keys) run.write(key);
  await run.waitFor(text);
}

describe('who chose what, after e', () => {
  it('marks the persona’s answer, the class’s and both, and shows the persona’s while the class chooses', async () => {
    const run = demo([]);
    await run.waitFor('Question 1 of 22');
    await press(run, ['g', '7', KEYS.enter], 'Question 7 of 22');
    expect(run.output().slice(-1500)).toMatch(/❯ \[x\] Hospital\s+← Dana's answer/);
    await press(run, ['e'], "Dana's own answer: Hospital, Small clinic");
    // Tick "Imaging center" too; Hospital and Small clinic stay ticked.
    await press(run, [KEYS.down, KEYS.space, KEYS.enter], 'Question 8 of 22');
    await press(run, [KEYS.left], /\[x\] Imaging center\s+← class[\s\S]*Small clinic\s+← Dana and the class[\s\S]*q\/esc quit/);
    expect(run.output().slice(-1500)).toMatch(/❯ \[x\] Hospital\s+← Dana and the class/);
  });
});

describe('no marker is cut', () => {
  it.each([
    [80, 24, []],
    [80, 24, ['--large']],
    [120, 32, []],
    [120, 32, ['--large']],
  ] as const)('at %i×%i %j', async (cols, rows, flags) => {
    const run = demo([...flags], cols, rows);
    await run.waitFor(/← Dana's answer[\s\S]*q\/esc quit/);
    await press(run, ['g', '7', KEYS.enter], /Question 7 of 22[\s\S]*q\/esc quit/);
    await press(run, ['%'], /78\.9%[\s\S]*q\/esc quit/);
    const seen = run.output();
    expect(seen).not.toMatch(/←[^\n]{0,30}…/);
    expect(seen).not.toMatch(/Dana…|← …/);
    expect(seen.match(/← Dana's answer/g)?.length).toBeGreaterThanOrEqual(3);
    expect(run.raw()).not.toContain(WIPE);
  });
});

describe('presenter keys', () => {
  it('forward, back, go to, plan, survey, restart, switch and quit', async () => {
    const run = demo([]);
    await run.waitFor('Question 1 of 22');
    await press(run, [PGDN], 'Question 2 of 22');
    await press(run, [RIGHT], 'Question 3 of 22');
    await press(run, [KEYS.space], 'Question 4 of 22');
    await press(run, [KEYS.enter], 'Question 5 of 22');
    await press(run, [PGUP], 'Question 4 of 22');
    await press(run, [KEYS.left], 'Question 3 of 22');
    await press(run, ['b'], 'Question 2 of 22');
    await press(run, ['g', '1', '6', KEYS.enter], 'Question 16 of 22');
    await press(run, ['p'], "Dana's plan");
    await press(run, ['g', '3', KEYS.enter], 'Question 3 of 22');
    await press(run, ['%'], 'The ASRT survey has no figure for this question.');
    await press(run, ['r'], /Demo: Dana — [^\n]*\n[^\n]*\n?Nothing is saved in a demo\.[\s\S]*Question 1 of 22/);
    await press(run, ['s'], 'choose a persona');
    await press(run, [KEYS.enter], 'Question 1 of 22');
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
  });

  it('a pauses autoplay, shown as a mark beside the countdown', async () => {
    const run = demo(['--autoplay', '30']);
    await run.waitFor('▶ autoplay: next in 30 s (a pauses)');
    await press(run, ['a'], '‖ autoplay paused (a resumes)');
    await press(run, ['a'], /▶ autoplay: next in \d+ s/);
  });
});

describe('% reveals the survey figure', () => {
  it('beside each option, with who was surveyed', async () => {
    const run = demo([], 100, 40);
    await run.waitFor('Question 1 of 22');
    await press(run, ['g', '7', KEYS.enter], 'Question 7 of 22');
    await press(run, ['%'], /Small clinic[\s\S]*q\/esc quit/);
    const seen = run.output().slice(-3000);
    expect(seen).toContain('████████░░  78.9% Hospital');
    expect(seen).toContain('██░░░░░░░░  19.7% Imaging center');
    expect(seen).toContain('no figure Small clinic');
    expect(seen.replace(/\s+/g, ' ')).toContain('Surveyed: ASRT members in every modality who hold, or are working toward, a post-primary certification');
  });
});

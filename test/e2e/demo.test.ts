import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtySession } from './ptySession.js';
import { ROOT, tempHome } from './runBin.js';
import { snapshotTree } from './snapshotTree.js';
import { runMain } from './runMain.js';

const IDS = ['turned-down', 'six-hours-away', 'small-hospital-full-time', 'employer-adjusted-schedule', 'sonography-student-oregon'];

let home: string;
let session: PtySession | undefined;

beforeEach(() => {
  ({ home } = tempHome());
});
afterEach(() => {
  session?.kill('SIGKILL');
  session = undefined;
});

describe('demo without a terminal', () => {
  it('--list prints each persona as "id — name: story", exit 0', async () => {
    const result = await runMain(['demo', '--list'], { home });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(' — ')[0])).toEqual(IDS);
    expect(lines[0]).toMatch(/^turned-down — Dana: An R\.T\.\(R\) with online CT courses/);
    expect(result.stderr).toBe('');
  });

  it('an unknown persona: exit 2, naming the valid ids', async () => {
    const result = await runMain(['demo', '--persona', 'nope'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown persona “nope”');
    for (const id of IDS) expect(result.stderr).toContain(id);
    expect(result.stdout).toBe('');
  });

  it('--persona through pipes with no input prints the story, the answers and the plan at once, exit 0', async () => {
    const result = await runMain(['demo', '--persona', 'turned-down'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Demo: Dana — An R\.T\.\(R\)/);
    expect(result.stdout).toContain('Nothing is saved in a demo.');
    // Stepped one question at a time in plain mode (demoPlain.test.ts); with input at its end, all of it at once.
    expect(result.stdout).toContain("Dana's answer: Computed tomography (CT)");
    expect(result.stdout).toContain("Dana's answer: Hospital, Small clinic");
    expect(result.stdout).toContain('Question 22 of 22');
    for (const title of ['Your clinical-path plan', 'Clinical site search', 'HIPAA training', 'Liability coverage', 'Credential timing', 'Why:']) {
      expect(result.stdout).toContain(title);
    }
    expect(result.stdout).not.toContain('\u001B');
    expect(result.stderr).toBe('');
  });

  it('a persona can be named by name too; without one, plain mode says how to choose (exit 2)', async () => {
    expect((await runMain(['demo', '--persona', 'Marcus'], { home })).stdout).toMatch(/^Demo: Marcus —/);
    const result = await runMain(['demo'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--persona');
    expect(result.stderr).toContain('turned-down');
  });

  it('rejects a bad --autoplay with exit 2', async () => {
    const result = await runMain(['demo', '--persona', 'turned-down', '--autoplay', '0'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--autoplay');
  });
});

describe('demo in a real terminal', () => {
  it('never creates, changes or deletes a file under HOME, even when the class changes an answer', async () => {
    // Someone's saved answers, in the default store location ($XDG_CONFIG_HOME/clinical-path/answers.json).
    const answers = join(home, 'mine.json');
    writeFileSync(answers, readFileSync(join(ROOT, 'test/fixtures/answers/ct-employed.json')));
    expect((await runMain(['--answers', answers], { home })).code).toBe(0);
    const store = join(home, '.config', 'clinical-path', 'answers.json');
    expect(statSync(store).size).toBeGreaterThan(0);
    mkdirSync(join(home, 'notes'));
    writeFileSync(join(home, 'notes', 'keep.txt'), 'untouched');
    const before = snapshotTree(home);
    expect(before.some((line) => line.startsWith(join('.config', 'clinical-path', 'answers.json')))).toBe(true);

    const run = (session = startPty(['demo', '--persona', 'turned-down'], { home }));
    await run.waitFor('Question 1 of 22');
    expect(run.output()).toContain('Nothing is saved in a demo');
    for (const n of [2, 3, 4]) {
      run.mark();
      run.write(KEYS.space);
      await run.waitFor(`Question ${n} of 22`);
    }
    // Employment: the class picks "Yes, somewhere that does the discipline I'm working toward" instead.
    run.mark();
    run.write('e');
    await run.waitFor('The class chooses');
    run.mark();
    // A number moves the highlight; Enter chooses.
    run.write('1');
    run.write(KEYS.enter);
    await run.waitFor('Question 5 of 20');
    run.mark();
    run.write(KEYS.left);
    await run.waitFor("❯ Yes, somewhere that does the discipline I'm working toward");
    run.write(KEYS.esc);
    expect((await run.exited).exitCode).toBe(0);
    expect(run.output()).toContain('Demo over. Nothing was saved.');

    expect(snapshotTree(home)).toEqual(before);
  });

  it('Ctrl+C ends the demo with exit 130; the frame stays shorter than a small terminal', async () => {
    const run = (session = startPty(['demo', '--persona', 'turned-down'], { home, rows: 12 }));
    await run.waitFor('Question 1 of 22');
    run.mark();
    run.write(KEYS.space);
    await run.waitFor('Question 2 of 22');
    run.write(KEYS.ctrlC);
    expect((await run.exited).exitCode).toBe(130);
    expect(run.raw()).not.toContain('\u001B[3J');
  });

  it('starts with a persona picker when no persona is given, and q quits', async () => {
    const run = (session = startPty(['demo', '--large'], { home }));
    await run.waitFor('choose a persona');
    run.mark();
    run.write(KEYS.down);
    run.write(KEYS.enter);
    await run.waitFor('Demo: Marcus');
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
  });
});

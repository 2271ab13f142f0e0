import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYS, pastIntro, startPty, type PtySession } from './ptySession.js';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

let home: string;
let store: string;
let session: PtySession | undefined;
const start = (rows = 30, env: Record<string, string> = {}) => (session = startPty(['--store', store], { home, rows, env }));
const saved = () => JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')).progress;

beforeEach(() => {
  ({ home, store } = tempHome());
});
afterEach(() => {
  session?.kill('SIGKILL');
  session = undefined;
});

describe('the interview in a real terminal', () => {
  it('saves each answer, exits 130 on Ctrl+C, and resumes at the same question with a note', async () => {
    const first = start();
    await pastIntro(first);
    first.mark();
    first.write(KEYS.enter);
    await first.waitFor('Question 2 of');
    first.mark();
    first.write(KEYS.enter);
    await first.waitFor('Question 3 of');
    first.write(KEYS.ctrlC);
    expect((await first.exited).exitCode).toBe(130);
    expect(first.output()).toContain('Saved 2 answers');
    expect(Object.keys(saved().answers)).toEqual(['pathway', 'discipline']);

    const again = start();
    await again.waitFor('Picking up at question 3 of');
    await again.waitFor('Question 3 of');
    again.write(KEYS.esc);
    expect((await again.exited).exitCode).toBe(130);
  });

  it.each([
    ['SIGTERM', 143, 15],
    ['SIGHUP', 129, 1],
  ])('on %s keeps every answer, restores the cursor and exits %i', async (signal, code, signo) => {
    const run = start();
    await pastIntro(run);
    for (const n of [2, 3]) {
      run.mark();
      run.write(KEYS.enter);
      await run.waitFor(`Question ${n} of`);
    }
    run.kill(signal);
    // After cleaning up, the process either exits with 128+N or ends by the signal itself (re-raised, as a shell expects).
    const ended = await run.exited;
    expect(ended.exitCode === code || ended.signal === signo).toBe(true);
    expect(run.output()).toContain('Saved 2 answers');
    expect(run.raw()).toContain('\u001B[?25h');
    expect(Object.keys(saved().answers)).toEqual(['pathway', 'discipline']);
  });

  it('finishes: types the last answer, reviews, and prints the plan', async () => {
    const persona = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/answers/ct-employed.json'), 'utf8'));
    delete persona.answers.obstacle;
    const file = join(home, 'almost.json');
    writeFileSync(file, JSON.stringify(persona));
    expect((await runMain(['--store', store, '--answers', file], { home })).code).toBe(1);

    const run = start();
    await run.waitFor('biggest obstacle');
    run.mark();
    run.write('Night shifts');
    await run.waitFor('Night shifts');
    run.mark();
    run.write(KEYS.enter);
    await run.waitFor('Review your answers');
    await run.waitFor('Looks right');
    run.mark();
    run.write(KEYS.up);
    await run.waitFor('❯ Looks right');
    run.write(KEYS.enter);
    await run.waitFor('Credential timing');
    expect((await run.exited).exitCode).toBe(0);
    for (const title of ['Clinical site search', 'HIPAA training', 'Liability coverage', 'Why:', 'Sources:']) expect(run.output()).toContain(title);
    expect(run.output()).toMatch(/See the plan again: clinical-path plan\r?\n/);
    expect(saved()).toMatchObject({ screen: 'done', answers: { obstacle: 'Night shifts' } });
  });

  it('moves a damaged store aside, says where, and starts fresh', async () => {
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, 'answers.json'), 'not json at all');
    const run = start();
    await pastIntro(run);
    expect(run.output().replace(/\s+/g, " ")).toMatch(/moved to \S*answers\.json\.damaged-/);
    expect(run.output()).not.toMatch(/\n\s+at /);
    run.write(KEYS.ctrlC);
    await run.exited;
    expect(readdirSync(store).some((n) => n.startsWith('answers.json.damaged-'))).toBe(true);
  });

  it('keeps the frame shorter than a small terminal, so Ink never clears the screen and scrollback', async () => {
    const run = start(12);
    await pastIntro(run);
    for (const n of [2, 3]) {
      run.mark();
      run.write(KEYS.enter);
      await run.waitFor(`Question ${n} of`);
    }
    run.write(KEYS.ctrlC);
    await run.exited;
    // Ink clears the whole terminal, scrollback included (ESC[3J), when a frame is as tall as the terminal.
    expect(run.raw()).toContain('Question 3 of');
    expect(run.raw()).not.toContain('\u001B[3J');
  });
});

describe('a store folder that cannot be used', () => {
  it('stops before the first question with a clear message and exit 2', async () => {
    writeFileSync(join(home, 'afile'), 'not a folder');
    const run = startPty(['--store', join(home, 'afile', 'store')], { home });
    expect((await run.exited).exitCode).toBe(2);
    expect(run.output().replace(/\s+/g, ' ')).toContain('part of that path is a file, not a folder');
    expect(run.output()).not.toContain('Question 1 of');
  });
});

describe('two at once', () => {
  it('a second run on the same answers is stopped while the first runs, and goes ahead once it is gone', async () => {
    const first = start();
    await pastIntro(first);
    first.mark();
    first.write(KEYS.enter);
    await first.waitFor('Question 2 of');
    const second = await runMain(['--store', store, '--answers', join(ROOT, 'test/fixtures/answers/ct-employed.json')], { home });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/Another clinical-path is using these answers right now \(process \d+/);
    expect(saved().answers).toEqual({ pathway: 'post_primary' });
    first.kill('SIGKILL');
    await first.exited;
    const after = await runMain(['--store', store, '--answers', join(ROOT, 'test/fixtures/answers/ct-employed.json')], { home });
    expect(after.code).toBe(0);
    expect(readdirSync(store)).toEqual(['answers.json']);
  });
});

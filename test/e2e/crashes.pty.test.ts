import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startPty, type PtySession, pastIntro } from './ptySession.js';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

// Issue 6, "crashes": kill -9 (no chance to clean up) after each of the first five answers and on the
// review screen; the next run must resume with every answer kept and take over the lock left behind.

type Progress = { answers: Record<string, unknown>; screen: string; current: string | null };

const sessions: PtySession[] = [];
const start = (store: string, home: string) => {
  const session = startPty(['--store', store], { home });
  sessions.push(session);
  return session;
};
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill('SIGKILL');
});

/** The saved progress, or null while the file is missing or being replaced. */
function saved(store: string): Progress | null {
  try {
    return JSON.parse(readFileSync(join(store, 'answers.json'), 'utf8')).progress as Progress;
  } catch {
    return null;
  }
}

/** Polls until `check` holds: the answer must be on disk before the kill, and a sleep would only guess. */
async function until<T>(what: string, read: () => T | null, check: (value: T) => boolean, timeoutMs = 8000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== null && check(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const lockPid = (store: string) => Number.parseInt(readFileSync(join(store, 'answers.lock'), 'utf8'), 10);

/** SIGKILL, then what it leaves: the lock file of a process that is gone. */
async function killHard(session: PtySession, store: string): Promise<number> {
  session.kill('SIGKILL');
  await session.exited;
  expect(existsSync(join(store, 'answers.lock'))).toBe(true);
  const stale = lockPid(store);
  expect(isRunning(stale)).toBe(false);
  return stale;
}

/** The restarted run holds the lock now; quitting it keeps the answers and releases the lock. */
async function quitAndCheck(again: PtySession, store: string, stale: number, before: Progress): Promise<void> {
  const taken = lockPid(store);
  expect(taken).not.toBe(stale);
  expect(isRunning(taken)).toBe(true);
  again.write(KEYS.esc);
  expect((await again.exited).exitCode).toBe(130);
  expect(saved(store)?.answers).toEqual(before.answers);
  expect(existsSync(join(store, 'answers.lock'))).toBe(false);
}

// The first five questions of the shipped bank, in order; credentials_held ticks its first option with Space, and
// employment's first option (working where the discipline is done) asks work_hours next.
const FIRST_FIVE = [
  ['pathway', 'single'],
  ['discipline', 'single'],
  ['credentials_held', 'multi'],
  ['employment', 'single'],
  ['work_hours', 'single'],
] as const;

describe('kill -9 in the middle of the interview', () => {
  it.each([1, 2, 3, 4, 5])('after answer %i: the restart resumes at the next question with every answer kept', async (n) => {
    const { home, store } = tempHome();
    const first = start(store, home);
    await pastIntro(first);
    for (const [index, [, kind]] of FIRST_FIVE.slice(0, n).entries()) {
      first.mark();
      if (kind === 'multi') {
        first.write(KEYS.space);
        await first.waitFor('[x]');
      }
      first.write(KEYS.enter);
      await first.waitFor(`Question ${index + 2} of`);
    }
    const before = await until(`${n} answers on disk`, () => saved(store), (p) => Object.keys(p.answers).length === n);
    const stale = await killHard(first, store);

    const again = start(store, home);
    await again.waitFor(`Question ${n + 1} of`);
    // The one-line note, whole on one line, before the question.
    expect(again.output()).toMatch(new RegExp(`^Welcome back: your answers were saved\\. Picking up at question ${n + 1} of \\d+\\.$`, 'm'));
    expect(Object.keys(before.answers)).toEqual(FIRST_FIVE.slice(0, n).map(([id]) => id));
    await quitAndCheck(again, store, stale, before);
  });

  it('on the review screen: the restart reopens the review with every answer kept', async () => {
    const { home, store } = tempHome();
    // Everything but the last question from a file (exit 1: one left), so only that one is typed.
    const persona = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/answers/ct-employed.json'), 'utf8'));
    delete persona.answers.obstacle;
    const file = join(home, 'almost.json');
    writeFileSync(file, JSON.stringify(persona));
    expect((await runMain(['--store', store, '--answers', file], { home })).code).toBe(1);

    const first = start(store, home);
    await first.waitFor('biggest obstacle');
    first.mark();
    first.write('Night shifts');
    await first.waitFor('Night shifts');
    first.write(KEYS.enter);
    await first.waitFor('Looks right');
    const before = await until('the review on disk', () => saved(store), (p) => p.screen === 'review' && p.answers.obstacle === 'Night shifts');
    expect(before.answers).toEqual({ ...persona.answers, obstacle: 'Night shifts' });
    const stale = await killHard(first, store);

    const again = start(store, home);
    await again.waitFor('Looks right');
    expect(again.output()).toMatch(/^Welcome back: all questions are answered\. Review your answers, then show your plan\.$/m);
    expect(again.output()).toContain('Review your answers');
    expect(again.output()).toContain('Night shifts');
    await quitAndCheck(again, store, stale, before);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confStore } from '../../src/store/confStore.js';
import { lockHolder, ownsLock, takeLock } from '../../src/store/lockFile.js';
import { startTime } from '../../src/store/processLiveness.js';

/** Issue 13, items 6 and 10: who holds the lock (not a zombie, not a reused pid), reset through a link, a recreated folder. */

const bank = { id: 'tiny', version: '1' };
const progress = { answers: { pathway: 'post_primary' }, current: 'state', screen: 'question' as const };
const hasProc = existsSync('/proc/self/stat');
let dir: string;
let lock: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clinical-path-lock-'));
  lock = join(dir, 'answers.lock');
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function stateOf(pid: number): string {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ')[0]!;
}

/**
 * A zombie: a shell's background child that exits once the shell has become `sleep`, which never reaps it. (Had it
 * exited before the exec, the shell could reap it first.)
 */
async function zombie(): Promise<number> {
  const child = `sh -c 'while [ "$(cat /proc/$PPID/comm)" != sleep ]; do sleep 0.01; done'`;
  const shell = spawn('sh', ['-c', `${child} & echo $!; exec sleep 60`], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(shell);
  const pid = Number(await new Promise<string>((resolve) => shell.stdout!.once('data', (d: Buffer) => resolve(d.toString()))));
  // Waits for the state, not for a time: `true` exits at once, but on a loaded machine "at once" varies.
  while (stateOf(pid) !== 'Z') await new Promise((r) => setTimeout(r, 10));
  return pid;
}

describe.runIf(hasProc)('who holds the lock (Linux /proc)', () => {
  it('a zombie holder does not count: its lock is taken over', async () => {
    const pid = await zombie();
    writeFileSync(lock, `${pid} ${startTime(pid)}`);
    expect(lockHolder(lock)).toBeNull();
    expect(takeLock(lock)).toMatchObject({ ok: true });
    expect(ownsLock(lock)).toBe(true);
  });

  it('a zombie in a lock from an earlier version (pid only) does not count either', async () => {
    writeFileSync(lock, String(await zombie()));
    expect(takeLock(lock).ok).toBe(true);
  });

  it.each([
    ['pid 1, recorded with a start time it never had', 1],
    ['a running pid (this test runner) with another start time', process.ppid],
  ])('a reused pid: %s, is not the holder, and is never named', (_name, pid) => {
    writeFileSync(lock, `${pid} 3`);
    expect(lockHolder(lock)).toBeNull();
    const taken = takeLock(lock);
    expect(taken).toMatchObject({ ok: true });
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${startTime(process.pid)}`);
  });

  it('a live holder with its own start time holds the lock, and is the one named', () => {
    const holder = spawn('sleep', ['60'], { stdio: 'ignore' });
    children.push(holder);
    writeFileSync(lock, `${holder.pid} ${startTime(holder.pid!)}`);
    expect(takeLock(lock)).toEqual({ ok: false, heldBy: holder.pid });
  });
});

describe('reset and the folder', () => {
  it('reset through a linked answers.json deletes the file it points to, and lists it', () => {
    const dotfiles = mkdtempSync(join(tmpdir(), 'clinical-path-dotfiles-'));
    const target = join(dotfiles, 'answers.json');
    confStore(dotfiles).save(progress, bank);
    symlinkSync(target, join(dir, 'answers.json'));
    const store = confStore(dir);
    expect(store.lock().ok).toBe(true);
    expect(store.reset()).toEqual([target, join(dir, 'answers.json')]);
    expect(existsSync(target)).toBe(false);
    expect(() => lstatSync(join(dir, 'answers.json'))).toThrow();
    rmSync(dotfiles, { recursive: true, force: true });
  });

  it('a dangling link at answers.json is removed; there is nothing behind it to delete', () => {
    symlinkSync(join(dir, 'gone.json'), join(dir, 'answers.json'));
    expect(confStore(dir).reset()).toEqual([join(dir, 'answers.json')]);
  });

  it('a store folder deleted mid-interview comes back on the next save as 0700, with its lock', () => {
    const store = confStore(dir);
    expect(store.lock().ok).toBe(true);
    store.save(progress, bank);
    rmSync(dir, { recursive: true, force: true });
    store.save({ ...progress, current: 'obstacle' }, bank);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(ownsLock(lock)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8')).progress.current).toBe('obstacle');
  });
});

import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, linkSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { isRunning, startTime } from './processLiveness.js';

export type Lock = { ok: true; release: () => void } | { ok: false; heldBy: number };

/** What this process writes in a lock: its pid and start time, which together name it and no later process. */
const OWN = `${process.pid} ${startTime(process.pid)}`.trimEnd();

interface Found {
  pid: number;
  start: string;
  text: string;
  ino: number;
  mtimeMs: number;
}

/** The lock at `path` as it is now; null when there is none. Unreadable text reads as pid 0, a holder that never runs. */
function readLock(path: string): Found | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { ino, mtimeMs } = fstatSync(fd);
    const text = readFileSync(fd, 'utf8');
    // `PID START`; a lock from an earlier version holds only `PID`.
    const match = /^(\d+)(?: (\d+))?\s*$/.exec(text);
    return { pid: match ? Number(match[1]) : 0, start: match?.[2] ?? '', text, ino, mtimeMs };
  } finally {
    closeSync(fd);
  }
}

const isOwn = (found: Found) => found.text === OWN;
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;
const FULL = new Set(['ENOSPC', 'EDQUOT']);

/** The process id in a lock file, if another process that still runs holds it. */
export function lockHolder(path: string): number | null {
  const found = readLock(path);
  return found && !isOwn(found) && isRunning(found.pid, found.start) ? found.pid : null;
}

/** Whether the lock at `path` is this process's own. */
export function ownsLock(path: string): boolean {
  const found = readLock(path);
  return found !== null && isOwn(found);
}

/**
 * Creates the lock, complete, or finds one there. The text goes into a unique temporary file first and is linked
 * into place: link() fails if the name exists, as O_EXCL does, and nobody ever reads a half-written lock.
 */
function create(path: string): boolean {
  const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(temp, OWN, { mode: 0o600, flag: 'wx' });
    linkSync(temp, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    // A file system without hard links (FAT, some network shares): O_EXCL alone, the text written just after.
    if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) return createExclusive(path);
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function createExclusive(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, OWN);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes the lock `stale` judged left by a dead process, if it is still that very file. Only the one process that
 * creates `.takeover` (O_EXCL) may remove it, so two takers can't both remove it, and neither removes the new lock
 * the other made in its place (compared by inode, time and text: an inode number can be reused).
 */
function removeStale(path: string, stale: Found): void {
  const guard = `${path}.takeover`;
  // Made like a lock, complete when it appears: a guard created and then written could be read empty in between,
  // taken for one left by a dead process and removed, letting a second taker in beside the first.
  if (!create(guard)) {
    const taker = readLock(guard);
    // Another taker is at work, for microseconds; a guard left by a crash in those microseconds is cleared. A guard
    // with no pid yet is still being written (only where hard links are missing): its taker is alive.
    if (taker && taker.pid > 0 && !isRunning(taker.pid, taker.start)) rmSync(guard, { force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    return;
  }
  try {
    const now = readLock(path);
    if (now && now.ino === stale.ino && now.mtimeMs === stale.mtimeMs && now.text === stale.text) rmSync(path, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

export interface LockOptions {
  /** For deleting: when the disk is too full to write the lock, go on unlocked if no live process holds it. */
  unwrittenIfFull?: boolean;
}

/**
 * Takes `path` as a lock naming this process, so a second interview on the same answers is told, not allowed to
 * overwrite the first one's answers. A lock left by a process that no longer runs (killed, a zombie, the machine
 * restarted and its pid reused) is taken over. Released when this process exits.
 */
export function takeLock(path: string, options: LockOptions = {}): Lock {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    let made: boolean;
    try {
      made = create(path);
    } catch (error) {
      if (!options.unwrittenIfFull || !FULL.has(errorCode(error) ?? '')) throw error;
      const holder = lockHolder(path);
      return holder === null ? { ok: true, release: () => {} } : { ok: false, heldBy: holder };
    }
    if (made) return held(path);
    const found = readLock(path);
    if (found === null) continue; // released or taken over between our attempt and this read: try again
    if (isOwn(found)) return held(path);
    if (isRunning(found.pid, found.start)) return { ok: false, heldBy: found.pid };
    removeStale(path, found);
  }
  // Only if other processes kept replacing the lock for the whole loop; said as a file-system failure.
  throw Object.assign(new Error(`lock ${path} kept changing`), { code: 'EBUSY' });
}

/** Releases of the locks this process holds now, so the command that took them can give them back when it ends. */
const holding = new Set<() => void>();

function held(path: string): Lock {
  const atExit = () => {
    if (ownsLock(path)) rmSync(path, { force: true });
  };
  const release = () => {
    process.off('exit', atExit);
    holding.delete(release);
    atExit();
  };
  process.once('exit', atExit);
  holding.add(release);
  return { ok: true, release };
}

/**
 * Releases every lock this process holds: main() does when its command ends. In the bin that is just before the
 * process exits (which would release them too); a test that runs main() in its own process needs it, or the next
 * run, spawned or not, would find the answers claimed by a process that is still running.
 */
export function releaseLocks(): void {
  for (const release of [...holding]) release();
}

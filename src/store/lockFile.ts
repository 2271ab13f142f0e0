import { existsSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

export type Lock = { ok: true; release: () => void } | { ok: false; heldBy: number };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id in a lock file, if the file is there and that process still runs. */
export function lockHolder(path: string): number | null {
  if (!existsSync(path)) return null;
  const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid) ? pid : null;
}

/**
 * Takes `path` as a lock holding this process's id, so a second interview on the same answers is told,
 * not allowed to overwrite the first one's answers. A lock left by a process that no longer runs (killed,
 * the machine restarted) is taken over. Released when this process exits.
 */
export function takeLock(path: string): Lock {
  const holder = lockHolder(path);
  if (holder !== null) return { ok: false, heldBy: holder };
  rmSync(path, { force: true });
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, String(process.pid));
  } catch (error) {
    // A full disk can create the file but not fill it: leave no empty lock behind (it would hold no process id).
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
  const release = () => {
    if (lockHolder(path) === null && existsSync(path) && readFileSync(path, 'utf8') === String(process.pid)) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return { ok: true, release };
}

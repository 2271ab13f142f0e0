import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import Conf from 'conf';
import type { Opened, ResetOptions, Store } from './Store.js';
import { StoreError, storeFailure } from './StoreError.js';
import { lockHolder, takeLock } from './lockFile.js';
import { parseProgressFile, type ProgressFile } from './progressFile.js';
import { isUsableResponseId, replaceDamagedResponseId } from './damagedResponseId.js';

const FILE_NAME = 'answers';
const BACKUP = /^answers\.json\.damaged-/;
/** conf saves through `atomically`: a temporary `answers.json.tmp-<time><random>` renamed into place; a crash can leave one. */
const CONF_TEMP = /^answers\.json\.tmp-[0-9a-f]+$/;

/** Whether anything, even a dangling link, is at `path`. */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Nothing at `path`, not even a dangling link; any other failure (permission denied) is left for conf to report. */
function missing(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** A regular file or a link (never followed): the only kinds of entry reset and moveAside may touch. */
function isFileOrLink(path: string): boolean {
  try {
    const stat = lstatSync(path);
    return stat.isFile() || stat.isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Saved progress in `DIR/answers.json`, readable only by the user (0600, folder 0700).
 * conf throws on a file it cannot parse: we move such a file aside to a dated backup and start fresh,
 * so a damaged file never blocks the interview and is never deleted. Every file-system failure becomes a
 * StoreError that says what happened in words (the disk is full, permission denied); conf writes atomically,
 * so a failed save leaves the previous answers.json as it was.
 */
export function confStore(dir: string, now: () => Date = () => new Date()): Store {
  const path = join(dir, `${FILE_NAME}.json`);
  const lockPath = join(dir, `${FILE_NAME}.lock`);
  let conf: Conf<ProgressFile> | undefined;
  // What this process itself made, so reset lists only what was there before it ran: the lock every command takes,
  // and the folder when this run created it. A stale lock taken over from a crash is listed, it was left behind.
  let madeFolder = false;
  let tookOverStaleLock = false;
  const makeFolder = () => {
    if (mkdirSync(dir, { recursive: true, mode: 0o700 }) !== undefined) madeFolder = true;
  };

  const connect = () => {
    try {
      makeFolder();
    } catch (error) {
      storeFailure(dir, error);
    }
    conf = new Conf<ProgressFile>({ cwd: dir, configName: FILE_NAME, configFileMode: 0o600, projectName: 'clinical-path' });
    return conf;
  };

  /**
   * A folder, device, pipe or socket at answers.json is not ours and not a file we could back up: reading a pipe
   * would wait forever, and conf would replace the entry with a file. Refused, untouched, before conf sees it.
   */
  const refuseNonFile = () => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return; // missing or a dangling link (conf writes a new file), or a folder above it is missing (connect says so)
    }
    if (stat.isFile()) return;
    throw new StoreError(path, stat.isDirectory() ? 'a folder is in the way where the answers file should be' : 'it is not a regular file (a device, pipe or socket is in the way)', 'use');
  };

  const moveAside = (why: string): string => {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    // Never over an earlier backup (two damaged files in the same millisecond, or a clock set back): nothing is lost.
    let backup = `${path}.damaged-${stamp}`;
    for (let n = 2; present(backup); n += 1) backup = `${path}.damaged-${stamp}-${n}`;
    try {
      renameSync(path, backup);
    } catch (error) {
      storeFailure(path, error, 'move aside');
    }
    // A link is moved as a link; chmod would follow it and change the file it points to, which is not ours.
    if (lstatSync(backup).isFile()) chmodSync(backup, 0o600);
    return `Your saved answers file ${why}; it was moved to ${backup} and a fresh interview starts.`;
  };

  const fresh = (notes: string[]): Opened => ({ progress: null, bank: null, notes, responseId: null });

  return {
    location: path,
    open(): Opened {
      refuseNonFile();
      // Nothing saved yet: reading makes nothing (no folder), so `plan` or `answers` before any interview leaves no
      // trace. The folder is made when something is saved or the store is locked for an interview.
      if (missing(path)) return fresh([]);
      let store: Conf<ProgressFile>;
      try {
        store = connect();
      } catch (error) {
        if (error instanceof SyntaxError && present(path)) {
          const note = moveAside('could not be read (it is not valid JSON)');
          try {
            connect();
          } catch (again) {
            storeFailure(path, again);
          }
          return fresh([note]);
        }
        return storeFailure(path, error, 'read');
      }
      const raw: unknown = store.store;
      if (Object.keys(raw as object).length === 0) {
        // conf reads a file holding valid JSON that is not an object (say `42`) as empty, and would write over it.
        return holdsEmptyObject(path) ? fresh([]) : fresh([moveAside('is not a clinical-path answers file')]);
      }
      const parsed = parseProgressFile(raw);
      if (!parsed) {
        const ours = (raw as { format?: unknown }).format === 'clinical-path/progress';
        return fresh([moveAside(ours ? 'is not in the format this version writes' : 'is not a clinical-path answers file')]);
      }
      if (parsed.responseId !== undefined && !isUsableResponseId(parsed.responseId)) {
        return { progress: parsed.progress, bank: parsed.bank, notes: [replaceDamagedResponseId(path, store, now())], responseId: null };
      }
      return { progress: parsed.progress, bank: parsed.bank, notes: [], responseId: parsed.responseId ?? null };
    },
    save(progress, bank) {
      try {
        // set() keeps keys it is not given, such as the response id, even if this process never opened the store.
        (conf ?? connect()).set({ format: 'clinical-path/progress', formatVersion: 1, bank, progress: { ...progress } });
      } catch (error) {
        storeFailure(path, error);
      }
    },
    lock() {
      try {
        makeFolder();
        const stale = present(lockPath);
        const lock = takeLock(lockPath);
        if (lock.ok && stale) tookOverStaleLock = true;
        return lock;
      } catch (error) {
        return storeFailure(dir, error);
      }
    },
    saveResponseId(id) {
      try {
        (conf ?? connect()).set('responseId', id);
      } catch (error) {
        storeFailure(path, error);
      }
    },
    reset(options: ResetOptions = {}) {
      const removed: string[] = [];
      const remove = (target: string, listed = true) => {
        try {
          rmSync(target, { force: true });
        } catch (error) {
          storeFailure(target, error, 'delete');
        }
        if (listed) removed.push(target);
      };
      // Only files and links this store writes; a folder someone put at one of these names is not ours to delete.
      if (isFileOrLink(path)) remove(path);
      if (isFileOrLink(lockPath) && lockHolder(lockPath) === null) remove(lockPath, tookOverStaleLock || readFileSync(lockPath, 'utf8') !== String(process.pid));
      const names = present(dir) ? readdirSync(dir) : [];
      for (const name of names.filter((n) => BACKUP.test(n) || CONF_TEMP.test(n)).sort()) {
        if (isFileOrLink(join(dir, name))) remove(join(dir, name));
      }
      // A folder this run made only to hold its lock goes too: `reset` with nothing saved leaves nothing behind.
      if ((options.removeEmptyFolder || madeFolder) && present(dir) && readdirSync(dir).length === 0) {
        try {
          rmdirSync(dir);
        } catch (error) {
          storeFailure(dir, error, 'delete');
        }
        if (!madeFolder) removed.push(`${dir}${sep}`);
      }
      return removed;
    },
  };
}

/** True when the file is missing or holds an empty JSON object: the only files conf may treat as empty. */
function holdsEmptyObject(path: string): boolean {
  if (!present(path)) return true;
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

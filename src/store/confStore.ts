import { chmodSync, lstatSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import type { Opened, ResetOptions, Store } from './Store.js';
import { StoreError, storeFailure } from './StoreError.js';
import { takeLock, type LockOptions } from './lockFile.js';
import { resetFiles } from './resetStore.js';
import { holdsEmptyObject, missing, present } from './storeFiles.js';
import { parseProgressFile, type ProgressFile } from './progressFile.js';
import { isUsableResponseId, replaceDamagedResponseId } from './damagedResponseId.js';

const FILE_NAME = 'answers';

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
  let locked = false;
  /** Makes the folder (0700) if it is missing; true when it did. */
  const makeFolder = (): boolean => {
    if (mkdirSync(dir, { recursive: true, mode: 0o700 }) === undefined) return false;
    madeFolder = true;
    return true;
  };
  /**
   * Before each save: a folder deleted while the interview ran is made again as 0700 (conf would make it 0755), and
   * the lock is taken again in it, so an interview started now is still stopped.
   */
  const keepFolder = () => {
    let made: boolean;
    try {
      made = makeFolder();
    } catch (error) {
      return storeFailure(dir, error);
    }
    if (!made || !locked) return;
    const again = takeLock(lockPath);
    if (!again.ok) throw new StoreError(dir, `another clinical-path (process ${again.heldBy}) took these answers after the folder was deleted`);
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

  // set() keeps the keys it is not given, such as the progress, even if this process never opened the store.
  const setKey = <K extends 'responseId' | 'sent' | 'pending'>(key: K, value: ProgressFile[K] | null) => {
    try {
      keepFolder();
      const store = conf ?? connect();
      if (value === null) store.delete(key);
      else store.set(key, value);
    } catch (error) {
      storeFailure(path, error);
    }
  };

  const fresh = (notes: string[]): Opened => ({ progress: null, bank: null, notes, responseId: null, sent: null, pending: null });

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
        const note = replaceDamagedResponseId(path, store, now());
        // A new id starts a new series of revisions: what was sent under the damaged id goes with it.
        store.delete('sent');
        return { progress: parsed.progress, bank: parsed.bank, notes: [note], responseId: null, sent: null, pending: parsed.pending ?? null };
      }
      const { responseId = null, sent = null, pending = null } = parsed;
      return { progress: parsed.progress, bank: parsed.bank, notes: [], responseId, sent, pending };
    },
    save(progress, bank) {
      try {
        keepFolder();
        // set() keeps keys it is not given, such as the response id, even if this process never opened the store.
        (conf ?? connect()).set({ format: 'clinical-path/progress', formatVersion: 1, bank, progress: { ...progress } });
      } catch (error) {
        storeFailure(path, error);
      }
    },
    lock(options: LockOptions = {}) {
      try {
        // Deleting on a full disk: with no folder there is nothing to delete, and making one could fail.
        if (options.unwrittenIfFull && missing(dir)) return { ok: true, release: () => {} };
        makeFolder();
        const stale = present(lockPath);
        const lock = takeLock(lockPath, options);
        if (lock.ok && stale) tookOverStaleLock = true;
        locked = lock.ok;
        return lock;
      } catch (error) {
        return storeFailure(dir, error);
      }
    },
    saveResponseId(id) {
      setKey('responseId', id);
    },
    saveSent(sent) {
      setKey('sent', { ...sent });
    },
    savePending(pending) {
      setKey('pending', pending === null ? null : structuredClone(pending));
    },
    reset(options: ResetOptions = {}) {
      return resetFiles({ dir, path, lockPath, madeFolder, tookOverStaleLock, removeEmptyFolder: Boolean(options.removeEmptyFolder) });
    },
  };
}

import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import type { Opened, Store } from './Store.js';
import { storeFailure } from './StoreError.js';
import { lockHolder, takeLock } from './lockFile.js';
import { parseProgressFile, type ProgressFile } from './progressFile.js';

const FILE_NAME = 'answers';
const BACKUP = /^answers\.json\.damaged-.*$/;

/**
 * Saved progress in `DIR/answers.json`, readable only by the user (0600, folder 0700).
 * conf throws on a file it cannot parse: we move such a file aside to a dated backup and start fresh,
 * so a damaged file never blocks the interview and is never deleted.
 */
export function confStore(dir: string, now: () => Date = () => new Date()): Store {
  const path = join(dir, `${FILE_NAME}.json`);
  const lockPath = join(dir, `${FILE_NAME}.lock`);
  let conf: Conf<ProgressFile> | undefined;

  const connect = () => {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      storeFailure(dir, error);
    }
    conf = new Conf<ProgressFile>({ cwd: dir, configName: FILE_NAME, configFileMode: 0o600, projectName: 'clinical-path' });
    return conf;
  };

  const moveAside = (why: string): string => {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const backup = `${path}.damaged-${stamp}`;
    renameSync(path, backup);
    chmodSync(backup, 0o600);
    return `Your saved answers file ${why}; it was moved to ${backup} and a fresh interview starts.`;
  };

  return {
    location: path,
    open(): Opened {
      let store: Conf<ProgressFile>;
      try {
        store = connect();
      } catch (error) {
        if (error instanceof SyntaxError && existsSync(path)) {
          const note = moveAside('could not be read (it is not valid JSON)');
          connect();
          return { progress: null, bank: null, notes: [note], responseId: null };
        }
        throw error;
      }
      const raw: unknown = store.store;
      if (Object.keys(raw as object).length === 0) {
        // conf reads a file holding valid JSON that is not an object (say `42`) as empty, and would write over it.
        if (!holdsEmptyObject(path)) return { progress: null, bank: null, notes: [moveAside('is not a clinical-path answers file')], responseId: null };
        return { progress: null, bank: null, notes: [], responseId: null };
      }
      const parsed = parseProgressFile(raw);
      if (!parsed) {
        const note = moveAside('is not in the format this version writes');
        return { progress: null, bank: null, notes: [note], responseId: null };
      }
      return { progress: parsed.progress, bank: parsed.bank, notes: [], responseId: parsed.responseId ?? null };
    },
    save(progress, bank) {
      const store = conf ?? connect();
      try {
        // set() keeps keys it is not given, such as the response id, even if this process never opened the store.
        store.set({ format: 'clinical-path/progress', formatVersion: 1, bank, progress: { ...progress } });
      } catch (error) {
        storeFailure(path, error);
      }
    },
    lock() {
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        return takeLock(lockPath);
      } catch (error) {
        return storeFailure(dir, error);
      }
    },
    saveResponseId(id) {
      (conf ?? connect()).set('responseId', id);
    },
    reset() {
      const removed: string[] = [];
      if (existsSync(path)) {
        rmSync(path);
        removed.push(path);
      }
      if (existsSync(lockPath) && lockHolder(lockPath) === null) {
        rmSync(lockPath);
        removed.push(lockPath);
      }
      const backups = existsSync(dir) ? readdirSync(dir).filter((n) => BACKUP.test(n)) : [];
      for (const name of backups) {
        rmSync(join(dir, name));
        removed.push(join(dir, name));
      }
      return removed;
    },
  };
}

/** True when the file is missing or holds an empty JSON object: the only files conf may treat as empty. */
function holdsEmptyObject(path: string): boolean {
  if (!existsSync(path)) return true;
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

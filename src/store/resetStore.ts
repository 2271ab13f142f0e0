import { lstatSync, readdirSync, realpathSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { storeFailure } from './StoreError.js';
import { lockHolder, ownsLock } from './lockFile.js';
import { isFileOrLink, present } from './storeFiles.js';

const BACKUP = /^answers\.json\.damaged-/;
/** conf saves through `atomically`: a temporary `answers.json.tmp-<time><random>` renamed into place; a crash can leave one. */
const CONF_TEMP = /^answers\.json\.tmp-[0-9a-f]+$/;
/** What a crash in the middle of taking the lock can leave: its unique temporary file, or the takeover guard. */
const LOCK_TEMP = /^answers\.lock\.(\d+-[0-9a-f]{8}|takeover)$/;

export interface ResetFiles {
  dir: string;
  path: string;
  lockPath: string;
  /** Whether this run made the folder, or took over a stale lock: what it made itself is not listed as removed. */
  madeFolder: boolean;
  tookOverStaleLock: boolean;
  removeEmptyFolder: boolean;
}

/**
 * The file a link at answers.json points to, when it is a regular file: the answers themselves (a dotfile manager
 * keeps them elsewhere). Deleting only the link would leave them there while reset says they are gone.
 */
function linkedFile(path: string): string | null {
  try {
    if (!lstatSync(path).isSymbolicLink()) return null;
    const target = realpathSync(path);
    return statSync(target).isFile() ? target : null;
  } catch {
    return null; // a dangling link, or a loop: there is no file behind it to delete
  }
}

/** Deletes what a store writes; returns each path removed. Failing to delete one stops with its path named. */
export function resetFiles(files: ResetFiles): string[] {
  const { dir, path, lockPath } = files;
  const removed: string[] = [];
  const remove = (target: string, listed = true) => {
    try {
      rmSync(target, { force: true });
    } catch (error) {
      storeFailure(target, error, 'delete');
    }
    if (listed) removed.push(target);
  };
  // The file behind a link goes first: if it cannot be deleted, the link stays and the message names the file.
  const target = linkedFile(path);
  if (target !== null) remove(target);
  // Only files and links this store writes; a folder someone put at one of these names is not ours to delete.
  if (isFileOrLink(path)) remove(path);
  if (isFileOrLink(lockPath) && lockHolder(lockPath) === null) remove(lockPath, files.tookOverStaleLock || !ownsLock(lockPath));
  const names = present(dir) ? readdirSync(dir) : [];
  for (const name of names.filter((n) => BACKUP.test(n) || CONF_TEMP.test(n) || LOCK_TEMP.test(n)).sort()) {
    if (isFileOrLink(join(dir, name))) remove(join(dir, name));
  }
  // A folder this run made only to hold its lock goes too: `reset` with nothing saved leaves nothing behind.
  if ((files.removeEmptyFolder || files.madeFolder) && present(dir) && readdirSync(dir).length === 0) {
    try {
      rmdirSync(dir);
    } catch (error) {
      storeFailure(dir, error, 'delete');
    }
    if (!files.madeFolder) removed.push(`${dir}${sep}`);
  }
  return removed;
}

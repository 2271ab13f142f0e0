import { copyFileSync, lstatSync } from 'node:fs';
import type Conf from 'conf';
import { UUID_V4 } from '../core/survey/uuidV4.js';
import { storeFailure } from './StoreError.js';
import type { ProgressFile } from './progressFile.js';

/** Whether a saved response id is one an export can carry: a lowercase random UUID v4, nothing around it. */
export function isUsableResponseId(id: string): boolean {
  return UUID_V4.test(id);
}

/**
 * A saved `responseId` that is not a UUID v4 ("", uppercase, a trailing space: a hand edit or a disk error) would
 * make every export fail inside anonymize. It is treated like any damaged field: the file as it was is copied to a
 * dated backup (the answers in it are fine, so they stay where they are), the bad id is dropped so the next export
 * issues a new one, and the person is told in one line. The bad value is not quoted: it may hold anything.
 */
export function replaceDamagedResponseId(path: string, conf: Conf<ProgressFile>, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let backup = `${path}.damaged-${stamp}`;
  for (let n = 2; exists(backup); n += 1) backup = `${path}.damaged-${stamp}-${n}`;
  try {
    copyFileSync(path, backup);
    conf.delete('responseId');
  } catch (error) {
    storeFailure(path, error);
  }
  return `The response id saved with your answers was damaged; the file as it was is kept in ${backup}, and your next export gets a new id.`;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hashStaffToken, newStaffToken } from './staffToken.js';

export type StaffTokenFile =
  /** Made now: the token is shown once, by the caller; the server keeps only the hash. */
  | { ok: true; hash: Buffer; created: string }
  | { ok: true; hash: Buffer; created: null }
  | { ok: false; problem: 'notAToken' | 'unreadable'; reason?: string };

/**
 * The staff token in `file`, made on first start: 32 random bytes, written readable by the owner only (0600,
 * created exclusively so two servers starting at once cannot each write their own). A file already there that is
 * readable by others is narrowed to 0600: it is a password. Scripts read the file to send the token.
 */
export function loadOrCreateStaffToken(file: string): StaffTokenFile {
  try {
    const token = newStaffToken();
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return { ok: true, hash: hashStaffToken(token), created: token };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return { ok: false, problem: 'unreadable', reason: (error as Error).message };
  }
  try {
    if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const token = readFileSync(file, 'utf8').trim();
    if (!/^\S{32,}$/.test(token)) return { ok: false, problem: 'notAToken' };
    return { ok: true, hash: hashStaffToken(token), created: null };
  } catch (error) {
    return { ok: false, problem: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

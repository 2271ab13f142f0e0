import type { SavedProgress } from '../core/flow/flowReducer.js';
import type { Lock, LockOptions } from './lockFile.js';
import type { Pending, Sent } from './progressFile.js';

export interface BankStamp {
  id: string;
  version: string;
}

/** What a store hands back when opened: saved progress, if any, and what the person should be told. */
export interface Opened {
  progress: SavedProgress | null;
  /** The bank the progress was saved against; null when nothing was saved. */
  bank: BankStamp | null;
  /** One-line notes for the person, e.g. where a damaged file was moved. */
  notes: string[];
  /** The random id of this person's pseudonymous response, made at the first export; null before. */
  responseId: string | null;
  /** What the last export sent; null before the first. */
  sent: Sent | null;
  /** A response agreed to and waiting to be sent (submit's outbox); null when none. */
  pending: Pending | null;
}

export interface ResetOptions {
  /**
   * Also remove the store folder when reset leaves it empty. Only for the default per-user folder, which the app
   * made and named after itself: a folder given with --store may be one the person made, or hold other things later.
   */
  removeEmptyFolder?: boolean;
}

/** Where answers live between runs. The interview saves after every step. */
export interface Store {
  /** Shown to people ("answers are saved in …"); '(memory)' for the in-memory store. */
  readonly location: string;
  open(): Opened;
  save(progress: SavedProgress, bank: BankStamp): void;
  /** Keeps the response id with the answers, so exporting twice gives the same id. */
  saveResponseId(responseId: string): void;
  /** Keeps what an export sent (revision, digest, month, consent version) with the answers. */
  saveSent(sent: Sent): void;
  /** Keeps (or, with null, clears) the response waiting to be sent. */
  savePending(pending: Pending | null): void;
  /** Claims the answers for one interview at a time; see lockFile.ts. */
  lock(options?: LockOptions): Lock;
  /** Deletes everything this store wrote (answers, backups, a stale lock, temporary files); returns the paths removed. */
  reset(options?: ResetOptions): string[];
}

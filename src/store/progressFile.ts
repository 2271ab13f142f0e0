import type { SavedProgress } from '../core/flow/flowReducer.js';

/** The saved-progress file: what the interview writes after every step. */
export interface ProgressFile {
  format: 'clinical-path/progress';
  formatVersion: 1;
  bank: { id: string; version: string };
  progress: SavedProgress;
  responseId?: string;
  /** What the last export sent, so a changed answer gets the next revision and an unchanged one the same record. */
  sent?: Sent;
  /** A response agreed to and not yet confirmed by the survey server (`submit`); absent in files written before it. */
  pending?: Pending;
}

/** The last export: its revision (1, 2, …), a digest of what it sent besides the month, the month, the consent version. */
export interface Sent {
  revision: number;
  digest: string;
  month: string;
  consentVersion: string;
  /**
   * The survey server that last confirmed this response (`submit`), so a later `submit` without --to sends to it again;
   * kept across exports. Absent when it has only been exported, and in files written before it.
   */
  url?: string;
}

/**
 * The outbox: the exact record the person agreed to send, where to, and when to try again. Kept until the server
 * confirms it (201/200) or refuses it for good; the record is sent as it is, never rebuilt, so a resend is the same
 * record and the server answers "already there".
 */
export interface Pending {
  record: PendingRecord;
  /** Its digest, as `sent.digest`: becomes `sent` when the server confirms it. */
  digest: string;
  /** The survey server's address as given (--to, CLINICAL_PATH_SURVEY). */
  url: string;
  /** The single-use invite code, when the survey asks for one. */
  invite?: string;
  /** Failed sends so far (0: not tried yet). */
  attempts: number;
  /** When it may be tried again (ISO time). */
  nextAttemptAt: string;
}

/** A response record (format 2) as export writes it; checked in full by the server, in shape here. */
export interface PendingRecord {
  format: string;
  formatVersion: number;
  bank: { id: string; version: string };
  responseId: string;
  revision: number;
  consentVersion: string;
  month: string;
  answers: Record<string, string | string[]>;
}

const isRecord = (v: unknown): v is PendingRecord =>
  isObject(v) &&
  typeof v.format === 'string' &&
  Number.isSafeInteger(v.formatVersion) &&
  isObject(v.bank) &&
  typeof v.bank.id === 'string' &&
  typeof v.bank.version === 'string' &&
  typeof v.responseId === 'string' &&
  Number.isSafeInteger(v.revision) &&
  (v.revision as number) >= 1 &&
  typeof v.consentVersion === 'string' &&
  typeof v.month === 'string' &&
  isObject(v.answers) &&
  Object.values(v.answers).every(isAnswer);

const isPending = (v: unknown): v is Pending =>
  isObject(v) &&
  isRecord(v.record) &&
  typeof v.digest === 'string' &&
  typeof v.url === 'string' &&
  (v.invite === undefined || typeof v.invite === 'string') &&
  Number.isSafeInteger(v.attempts) &&
  (v.attempts as number) >= 0 &&
  typeof v.nextAttemptAt === 'string';

const isSent = (v: unknown): v is Sent =>
  isObject(v) && Number.isSafeInteger(v.revision) && (v.revision as number) >= 1 && typeof v.digest === 'string' && typeof v.month === 'string' && typeof v.consentVersion === 'string' && (v.url === undefined || typeof v.url === 'string');

const SCREENS = new Set(['question', 'review', 'done']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAnswer = (v: unknown) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/**
 * The file's contents when they have our shape, else null (the caller moves such a file aside).
 * Written by hand rather than with a schema library: this runs before the first question appears,
 * and the shape is small.
 */
export function parseProgressFile(raw: unknown): ProgressFile | null {
  if (!isObject(raw) || raw.format !== 'clinical-path/progress' || raw.formatVersion !== 1) return null;
  const { bank, progress, responseId, sent, pending } = raw;
  if (!isObject(bank) || typeof bank.id !== 'string' || typeof bank.version !== 'string') return null;
  if (!isObject(progress) || !isObject(progress.answers) || !Object.values(progress.answers).every(isAnswer)) return null;
  if (!(progress.current === null || typeof progress.current === 'string') || !SCREENS.has(progress.screen as string)) return null;
  if (responseId !== undefined && typeof responseId !== 'string') return null;
  if (sent !== undefined && !isSent(sent)) return null;
  if (pending !== undefined && !isPending(pending)) return null;
  return raw as unknown as ProgressFile;
}

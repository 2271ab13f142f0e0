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
}

/** The last export: its revision (1, 2, …), a digest of what it sent besides the month, the month, the consent version. */
export interface Sent {
  revision: number;
  digest: string;
  month: string;
  consentVersion: string;
}

const isSent = (v: unknown): v is Sent =>
  isObject(v) && Number.isSafeInteger(v.revision) && (v.revision as number) >= 1 && typeof v.digest === 'string' && typeof v.month === 'string' && typeof v.consentVersion === 'string';

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
  const { bank, progress, responseId, sent } = raw;
  if (!isObject(bank) || typeof bank.id !== 'string' || typeof bank.version !== 'string') return null;
  if (!isObject(progress) || !isObject(progress.answers) || !Object.values(progress.answers).every(isAnswer)) return null;
  if (!(progress.current === null || typeof progress.current === 'string') || !SCREENS.has(progress.screen as string)) return null;
  if (responseId !== undefined && typeof responseId !== 'string') return null;
  if (sent !== undefined && !isSent(sent)) return null;
  return raw as unknown as ProgressFile;
}

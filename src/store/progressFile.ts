import type { SavedProgress } from '../core/flow/flowReducer.js';

/** The saved-progress file: what the interview writes after every step. */
export interface ProgressFile {
  format: 'clinical-path/progress';
  formatVersion: 1;
  bank: { id: string; version: string };
  progress: SavedProgress;
  responseId?: string;
}

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
  const { bank, progress, responseId } = raw;
  if (!isObject(bank) || typeof bank.id !== 'string' || typeof bank.version !== 'string') return null;
  if (!isObject(progress) || !isObject(progress.answers) || !Object.values(progress.answers).every(isAnswer)) return null;
  if (!(progress.current === null || typeof progress.current === 'string') || !SCREENS.has(progress.screen as string)) return null;
  if (responseId !== undefined && typeof responseId !== 'string') return null;
  return raw as unknown as ProgressFile;
}

import { z } from 'zod';
import type { SchemaCode } from '../contentProblem.js';

export const RESPONSE_FORMAT = 'clinical-path/response';
export const RESPONSE_FORMAT_VERSION = 1;

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * One pseudonymous response (design.md §4). Strict: a record with any other field is refused,
 * so nothing that could identify a person rides along unnoticed.
 */
export const responseFileSchema = z.strictObject({
  format: z.literal(RESPONSE_FORMAT),
  formatVersion: z.literal(RESPONSE_FORMAT_VERSION),
  bank: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  responseId: z.string().regex(UUID_V4, 'uuidV4' satisfies SchemaCode),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'yearMonth' satisfies SchemaCode),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});

export type ResponseFile = z.infer<typeof responseFileSchema>;

/** The aggregate report (`report --format json`), as issue and README document it. */
export interface OptionReport {
  value: string;
  label: string;
  /** null when suppressed. */
  count: number | null;
  /** Of those who answered the question, 0–100 with one decimal; null when suppressed. */
  percent: number | null;
  suppressed: boolean;
  /** The published ASRT member-survey share for this option, when there is one. */
  baselinePercent: number | null;
}

export interface QuestionReport {
  id: string;
  label: string;
  kind: 'single' | 'multi';
  /** How many respondents answered this question: the denominator. null when suppressed (fewer than K). */
  answered: number | null;
  options: OptionReport[];
}

export interface Report {
  respondents: number;
  duplicatesRemoved: number;
  invalid: number;
  minCell: number;
  questions: QuestionReport[];
  /** Present when the counts carry differential-privacy noise (noisyReport): the release's ε and the L1 sensitivity. */
  noise?: { epsilon: number; sensitivity: number };
}

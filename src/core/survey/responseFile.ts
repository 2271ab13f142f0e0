import { z } from 'zod';
import type { SchemaCode } from '../contentProblem.js';
import { UUID_V4 } from './uuidV4.js';

export const RESPONSE_FORMAT = 'clinical-path/response';
/** 2: `revision` and `consentVersion` added. A version-1 record was sent before consent was asked, and is refused. */
export const RESPONSE_FORMAT_VERSION = 2;
/** What a consent version may look like (bank.yaml's survey.consent_version). */
export const CONSENT_VERSION = /^[0-9A-Za-z][0-9A-Za-z.-]{0,31}$/;

/**
 * One pseudonymous response (design.md §4). Strict: a record with any other field is refused,
 * so nothing that could identify a person rides along unnoticed.
 */
export const responseFileSchema = z.strictObject({
  format: z.literal(RESPONSE_FORMAT),
  formatVersion: z.literal(RESPONSE_FORMAT_VERSION),
  bank: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  responseId: z.string().regex(UUID_V4, 'uuidV4' satisfies SchemaCode),
  /** 1 for a person's first export; one more each time they export changed answers. collect keeps the highest. */
  revision: z.number().int().min(1).max(1_000_000),
  /** The survey text (bank.yaml survey.consent_version) the person agreed to before this record was made. */
  consentVersion: z.string().regex(CONSENT_VERSION, 'consentVersion' satisfies SchemaCode),
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

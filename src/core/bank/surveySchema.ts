import { z } from 'zod';
import { safeText } from './safeText.js';
import type { SchemaCode } from '../contentProblem.js';

/**
 * bank.yaml's `survey:` block: what a respondent is told before any response leaves their computer. Written by the
 * survey team, shown word for word with the exact record that would be sent. `consent_version` goes into the
 * record, so collect and report can tell which wording each person agreed to and refuse records without it.
 */
export const surveySchema = z.strictObject({
  /** The survey's name, as the respondent would recognise it. */
  name: safeText.min(1),
  /** Who runs it and receives the responses, and how to reach them. */
  run_by: safeText.min(1),
  /** What a response contains and what it leaves out, in plain words. */
  collects: safeText.min(1),
  /** What the responses are used for and who sees what. */
  use: safeText.min(1),
  /** Where responses are kept, for how long, and how to ask for one to be withdrawn. */
  keeping: safeText.min(1),
  /** Change it whenever any of the text above changes (e.g. "2026.12-1"). */
  consent_version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,31}$/, 'consentVersion' satisfies SchemaCode),
});

export type Survey = z.infer<typeof surveySchema>;

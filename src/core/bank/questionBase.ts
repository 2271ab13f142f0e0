import { z } from 'zod';
import { conditionSchema } from './condition.js';
import { safeText } from './safeText.js';
import { exportPolicySchema } from './exportPolicy.js';
import type { SchemaCode } from '../contentProblem.js';
import { isReservedName, RESERVED_NAME } from './reservedNames.js';

// Every text below is shown on the screen and may come from a `--questions DIR` that is not ours: safeText
// refuses control, bidi and invisible characters (ids and option values are narrower still).
export const snakeId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'snakeCaseId' satisfies SchemaCode)
  .refine((id) => !isReservedName(id), RESERVED_NAME);

export const optionSchema = z.strictObject({
  value: snakeId.or(z.string().regex(/^[A-Z]{2}$/, 'snakeCaseOrStateCode' satisfies SchemaCode)),
  label: safeText.min(1),
  /** Shown after the label, dimmed. */
  hint: safeText.optional(),
  /** Only offer this option when the condition holds (e.g. disciplines per pathway). */
  show_if: conditionSchema.optional(),
  /** Share of respondents choosing this option in the published ASRT member survey, in percent. */
  asrt_percent: z.number().min(0).max(100).optional(),
  /** The option as it reads inside a sentence ("hospitals"); defaults to the label. */
  phrase: safeText.optional(),
  /**
   * Answered only on its own ("None of these yet"): ticking it unticks the others and the other way round.
   * Multi questions only (validate checks); the flow reducer and `--answers` refuse it combined with others.
   */
  exclusive: z.boolean().optional(),
});

export type Option = z.infer<typeof optionSchema>;

/** The fields every question has, whatever its kind; each kind's schema (src/kinds/KIND/schema.ts) adds its own. */
export const questionBase = {
  id: snakeId,
  /** The question as asked. */
  prompt: safeText.min(1),
  /** A short line under the question. */
  help: safeText.optional(),
  /** A short name for review screens, reports and dictionaries; defaults to the prompt. */
  label: safeText.optional(),
  /** Only ask when the condition holds; a hidden question's answer is dropped. */
  show_if: conditionSchema.optional(),
  /** May be left empty. */
  optional: z.boolean().default(false),
  /** Asked for the survey report only; the plan does not read it (its help says so). `validate` checks both ways. */
  survey_only: z.boolean().default(false),
  /** What an export sends for this question: keep (the default), omit, or coarsen into groups. */
  export: exportPolicySchema.default('keep'),
};

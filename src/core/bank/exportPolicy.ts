import { z } from 'zod';
import { safeText } from './safeText.js';
import type { SchemaCode } from '../contentProblem.js';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snakeCaseId' satisfies SchemaCode);

/**
 * What leaves the computer for one question when a response is exported. `keep`: the answer as given; `omit`: never
 * sent; `{coarsen: NAME}`: replaced by its group in bank.yaml's `coarsen.NAME` (state → US Census region), so a rare
 * value cannot single a person out. Text questions are left out anyway unless the person adds --include-text.
 */
export const exportPolicySchema = z.union([z.enum(['keep', 'omit']), z.strictObject({ coarsen: id })]);

/** One group of a coarsening: the value sent in place of any of `from`. */
const coarseGroupSchema = z.strictObject({
  value: id,
  label: safeText.min(1),
  /** Option values of the coarsened question that become this group. */
  from: z.array(z.string().min(1)).min(1),
});

/** bank.yaml's `coarsen.NAME`: groups covering every option of each question that uses it, each exactly once. */
export const coarseningSchema = z.strictObject({
  /** What the groups are, for dictionaries and reports ("US Census region"). */
  label: safeText.min(1),
  groups: z.array(coarseGroupSchema).min(2),
});

export type ExportPolicy = z.infer<typeof exportPolicySchema>;
export type Coarsening = z.infer<typeof coarseningSchema>;

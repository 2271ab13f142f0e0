import { z } from 'zod';
import { optionSchema, questionBase } from '../../core/bank/questionBase.js';

/** One answer from a list: an option value, or '' when an optional question was skipped. */
export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('single'),
  options: z.array(optionSchema).min(2),
  /** Offer type-to-filter (long lists such as states). */
  filter: z.boolean().default(false),
  default: z.string().optional(),
});

export type SingleQuestion = z.infer<typeof singleQuestionSchema>;

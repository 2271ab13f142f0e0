import { z } from 'zod';
import { optionSchema, questionBase } from '../../core/bank/questionBase.js';

/** Any number of answers from a list (tick boxes): a list of option values, [] when an optional question was skipped. */
export const multiQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('multi'),
  options: z.array(optionSchema).min(2),
  filter: z.boolean().default(false),
  default: z.array(z.string()).optional(),
});

export type MultiQuestion = z.infer<typeof multiQuestionSchema>;

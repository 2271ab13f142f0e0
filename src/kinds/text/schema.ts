import { z } from 'zod';
import { questionBase } from '../../core/bank/questionBase.js';
import { safeText } from '../../core/bank/safeText.js';

/** A typed answer: the text, or '' when an optional question was skipped. */
export const textQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('text'),
  max_length: z.number().int().positive().default(500),
  /** Could identify a person: kept out of exports unless asked, flagged `Identifier? = y` in REDCap. */
  identifier: z.boolean().default(false),
  placeholder: safeText.optional(),
});

export type TextQuestion = z.infer<typeof textQuestionSchema>;

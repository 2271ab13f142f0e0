import { z } from 'zod';
import { questionBase } from '../../core/bank/questionBase.js';
import { safeText } from '../../core/bank/safeText.js';
import type { SchemaCode } from '../../core/contentProblem.js';

/**
 * A whole number in a range, with its unit ("minutes"). The answer is kept as its digits ("45"), '' when an optional
 * question was skipped: answers, stores and response files stay strings, so nothing downstream learns a new shape.
 */
export const numberQuestionSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('number'),
    min: z.number().int().min(0).default(0),
    max: z.number().int().min(0),
    /** The unit after the number, plural: "45 minutes". */
    unit: safeText.min(1),
    placeholder: safeText.optional(),
  })
  .refine((q) => q.min <= q.max, { message: 'minAboveMax' satisfies SchemaCode, path: ['max'] });

export type NumberQuestion = z.infer<typeof numberQuestionSchema>;

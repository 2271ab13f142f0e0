import { z } from 'zod';

/** The saved-progress file's shape; anything else at that path is not ours and is moved aside. */
export const progressFileSchema = z.object({
  format: z.literal('clinical-path/progress'),
  formatVersion: z.literal(1),
  bank: z.object({ id: z.string(), version: z.string() }),
  progress: z.object({
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    current: z.string().nullable(),
    screen: z.enum(['question', 'review', 'done']),
  }),
  responseId: z.string().optional(),
});

export type ProgressFile = z.infer<typeof progressFileSchema>;

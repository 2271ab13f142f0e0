import { z } from 'zod';
import type { Answers } from '../bank/schema.js';

/** questions/personas/*.yaml: a made-up person for classroom demos, drawn from the seeds. */
export const personaFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase words joined by -'),
  name: z.string().min(1),
  /** One line shown when the demo starts. */
  story: z.string().min(1).max(200),
  /** Where the person comes from in the seeds, for instructors. */
  drawn_from: z.string().min(1),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});

export interface Persona {
  id: string;
  name: string;
  story: string;
  drawnFrom: string;
  answers: Answers;
}

import { z } from 'zod';
import type { SchemaCode } from '../contentProblem.js';
import type { Answers } from '../bank/schema.js';
import { safeText } from '../bank/safeText.js';

/**
 * questions/personas/*.yaml: a made-up person for classroom demos, drawn from the seeds. Its text is shown in the
 * demo and may come from a `--questions DIR` that is not ours, so control, bidi and invisible characters are refused.
 */
export const personaFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'personaId' satisfies SchemaCode),
  name: safeText.min(1),
  /** One line shown when the demo starts. */
  story: safeText.min(1).max(200),
  /** Where the person comes from in the seeds, for instructors. */
  drawn_from: safeText.min(1),
  answers: z.record(safeText, z.union([safeText, z.array(safeText)])),
});

export interface Persona {
  id: string;
  name: string;
  story: string;
  drawnFrom: string;
  answers: Answers;
}

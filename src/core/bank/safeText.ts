import { z } from 'zod';
import { unsafeCharacter } from './unsafeCharacter.js';

/**
 * The refinement behind safeText, for string schemas that are not plain strings (URLs). A bank from
 * `--questions DIR` may not be ours: an escape in a label would restyle the screen or write the clipboard
 * wherever the label is shown, so such text is refused when the bank is read, naming file, question and field.
 */
export function refuseUnsafe(text: string, ctx: z.RefinementCtx): void {
  const found = unsafeCharacter(text);
  // The message is a code; issuesToProblems reads the character from params.
  if (found) ctx.addIssue({ code: 'custom', message: 'unsafeText', params: found });
}

/** A single line of text from the question bank, plan or personas: no control, bidi or invisible characters. */
export const safeText = z.string().superRefine(refuseUnsafe);

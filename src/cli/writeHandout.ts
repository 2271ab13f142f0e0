import type { Content } from '../core/content.js';
import type { Persona } from '../core/persona/personaSchema.js';
import { isDash } from '../files/dash.js';
import { renderHandoutMarkdown } from '../render/handoutMarkdown.js';
import { renderHandoutText } from '../render/handoutText.js';
import { buildHandout } from './buildHandout.js';
import type { Io } from './Io.js';
import { writeOutput } from './writeOutput.js';

export const HANDOUT_FORMATS = ['markdown', 'text'] as const;
export type HandoutFormat = (typeof HANDOUT_FORMATS)[number];

/**
 * Writes a demo handout to `out` (whole, or not at all: writeOutput), or prints it. The same text either way, never
 * colored: a handout is printed or shared, so what a teacher previews on screen is what the class gets.
 */
export async function writeHandout(content: Content, persona: Persona, other: Persona | undefined, format: HandoutFormat, out: string | undefined, io: Io): Promise<void> {
  const handout = buildHandout(content, persona, new Date(), other);
  const text = format === 'markdown' ? renderHandoutMarkdown(handout) : renderHandoutText(handout);
  await writeOutput(text, out, io.stdout);
  if (out && !isDash(out)) io.stderr.write(`Handout written to ${out}\n`);
}

import type { Answers } from '../core/bank/schema.js';
import { stripControl } from '../core/text/stripControl.js';

/**
 * Saved answers as the views may show them: every string through stripControl, the one path all printed text takes,
 * so a typed answer (or one from an `--answers` file) holding ESC ] 52 or a bidi override reaches the screen as plain
 * text. Applied where answers enter the Ink views (App), so no single view can forget it.
 */
export function screenSafe(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? value.map(stripControl) : stripControl(value)]));
}

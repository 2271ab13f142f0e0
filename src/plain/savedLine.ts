import type { Answers, Question } from '../core/bank/schema.js';
import { numberedOptions } from './numberedOptions.js';
import { plainLine } from './plainLine.js';

/**
 * The one line after an accepted answer that says what was recorded, by name: "Saved: Oregon.", "Saved: Hospital,
 * Imaging center.", "Saved: skipped.". A typed answer is echoed in quotes ("Saved: “Night shifts”."): it is the
 * person's own text on their own screen, and hearing it back is how a screen-reader user catches a typo. plainLine
 * keeps escape sequences out of it. `answers` are those before the answer, which decide the options on offer.
 */
export function savedLine(question: Question, value: string | readonly string[], answers: Answers): string {
  const values = typeof value === 'string' ? [value] : value;
  if (values.every((v) => v.trim() === '')) return 'Saved: skipped.';
  if (question.kind === 'text') return plainLine(`Saved: “${values.join('')}”.`);
  const names = numberedOptions(question, answers).filter((r) => values.includes(r.value)).map((r) => r.label).join(', ');
  // No second period after a name that ends a sentence itself.
  return plainLine(`Saved: ${names}${/[.!?]$/.test(names) ? '' : '.'}`);
}

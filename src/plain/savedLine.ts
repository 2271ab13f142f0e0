import type { Question } from '../core/bank/schema.js';
import { describeAnswer } from '../core/bank/describeAnswer.js';
import { coreOf } from '../kinds/coreKinds.js';
import { plainLine } from './plainLine.js';

/**
 * The one line after an accepted answer that says what was recorded, by name: "Saved: Oregon.", "Saved: Hospital,
 * Imaging center.", "Saved: skipped.". A typed answer is echoed in quotes ("Saved: “Night shifts”."): it is the
 * person's own text on their own screen, and hearing it back is how a screen-reader user catches a typo. plainLine
 * keeps escape sequences out of it. A number is said with its unit ("Saved: 45 minutes.").
 */
export function savedLine(question: Question, value: string | readonly string[]): string {
  const values = typeof value === 'string' ? [value] : value;
  if (values.every((v) => v.trim() === '')) return 'Saved: skipped.';
  if (coreOf(question).typedText) return plainLine(`Saved: “${values.join('')}”.`);
  const names = describeAnswer(question, typeof value === 'string' ? value : [...value]);
  // No second period after a name that ends a sentence itself.
  return plainLine(`Saved: ${names}${/[.!?]$/.test(names) ? '' : '.'}`);
}

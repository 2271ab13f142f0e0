import type { MultiQuestion } from '../bank/schema.js';
import { exclusiveValues } from './exclusiveConflict.js';

export interface Toggled {
  /** The options ticked after the toggle, in the order they were ticked. */
  chosen: string[];
  /**
   * Options the toggle unticked besides the one toggled, because one side is exclusive; empty when none were.
   * A screen should say so: the person did not untick them (src/messages/exclusive.ts has the words).
   */
  unticked: string[];
}

/**
 * Ticks or unticks `value` on a multi question, keeping the exclusive rule: ticking an exclusive option ("None of
 * these yet") unticks every other one, and ticking any other option unticks the exclusive ones. Unticking never
 * changes anything else. The reducer refuses a combined answer, so a view that ticks through here never meets it.
 */
export function toggleOption(question: MultiQuestion, chosen: readonly string[], value: string): Toggled {
  if (chosen.includes(value)) return { chosen: chosen.filter((v) => v !== value), unticked: [] };
  const exclusive = exclusiveValues(question);
  const clashes = exclusive.includes(value) ? (v: string) => v !== value : (v: string) => exclusive.includes(v);
  return { chosen: [...chosen.filter((v) => !clashes(v)), value], unticked: chosen.filter(clashes) };
}

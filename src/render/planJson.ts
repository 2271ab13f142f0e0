import type { Plan } from '../core/plan/planContentSchema.js';
import { safeJson } from '../core/text/safeJson.js';

/** The plan as JSON (design.md §4), two-space indented, with a final newline; see safeJson for what is escaped. */
export function renderPlanJson(plan: Plan): string {
  return `${safeJson(plan, 2)}\n`;
}

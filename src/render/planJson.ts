import type { Plan } from '../core/plan/planContentSchema.js';

/** The plan as JSON (design.md §4), two-space indented, with a final newline. */
export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

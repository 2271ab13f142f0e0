import type { Plan } from '../core/plan/planContentSchema.js';
import { renderPlanJson } from './planJson.js';
import { renderPlanMarkdown } from './planMarkdown.js';
import { renderPlanText, type PlanTextOptions } from './planText.js';

export type PlanFormat = 'text' | 'markdown' | 'json';

/**
 * `width`, `color`, `chalk` and `details` apply to the text format only: Markdown always has every Why and Sources
 * line in full, and JSON carries the whole plan.
 */
export type RenderPlanOptions = PlanTextOptions;

/** The plan in the requested format, ending with a newline. */
export function renderPlan(plan: Plan, format: PlanFormat, options: RenderPlanOptions = {}): string {
  switch (format) {
    case 'text':
      return renderPlanText(plan, options);
    case 'markdown':
      return renderPlanMarkdown(plan);
    case 'json':
      return renderPlanJson(plan);
  }
}

import type { PlanContent, PlanContentItem } from './planContentSchema.js';

/** At most this many next steps: more stops being a short list a nervous reader can act on. */
export const MAX_NEXT_STEPS = 5;

/** An item's place in the next steps when plan.yaml gives none: the middle of 1–9. */
const DEFAULT_URGENCY = 5;
const urgencyOf = (item: PlanContentItem) => item.urgency ?? DEFAULT_URGENCY;

/**
 * "Your next steps": the `next_step` lines of the shown items, most urgent first (urgency 1 before 9), ties in
 * plan.yaml order, at most five, each naming the item that explains it. Placeholders are left for the caller to fill.
 */
export function nextStepsOf(content: Pick<PlanContent, 'items'>, shown: readonly PlanContentItem[]): { text: string; item: string }[] {
  const order = new Map(content.items.map((item, i) => [item.id, i]));
  return shown
    .filter((item): item is PlanContentItem & { next_step: string } => item.next_step !== undefined)
    .sort((a, b) => urgencyOf(a) - urgencyOf(b) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .slice(0, MAX_NEXT_STEPS)
    .map((item) => ({ text: item.next_step, item: item.id }));
}

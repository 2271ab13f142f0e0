import type { Plan } from '../core/plan/planContentSchema.js';

/** Headings shared by the text and Markdown plans. The ASRT survey asked its members pursuing a post-primary credential. */
export const NEXT_STEPS_HEADING = 'Your next steps';
export const COMPARISON_HEADING = 'How you compare with ASRT members pursuing a post-primary credential';

/** Where an item id points: the item's title and the title of the section it is in. */
export interface ItemPlace {
  title: string;
  section: string;
}

/** Each item of the plan by id: next steps and the obstacle's themes point to items by their titles. */
export function itemPlaces(plan: Plan): Map<string, ItemPlace> {
  const places = new Map<string, ItemPlace>();
  for (const section of plan.sections) {
    for (const item of section.items) if (!places.has(item.id)) places.set(item.id, { title: item.title, section: section.title });
  }
  return places;
}

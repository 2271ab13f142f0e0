import type { Plan, PlanItem, PlanSectionId } from './planContentSchema.js';

export interface SectionDifference {
  id: PlanSectionId;
  title: string;
  /** Items only the first plan has, with the answers that put them there. */
  onlyFirst: PlanItem[];
  onlySecond: PlanItem[];
  /** How many items both plans share. */
  shared: number;
}

/** Which items two plans do not share, section by section: what an instructor shows when two people differ. */
export function comparePlans(first: Plan, second: Plan): SectionDifference[] {
  return first.sections.map((section) => {
    const other = second.sections.find((s) => s.id === section.id)?.items ?? [];
    const theirs = new Set(other.map((i) => i.id));
    const ours = new Set(section.items.map((i) => i.id));
    return {
      id: section.id,
      title: section.title,
      onlyFirst: section.items.filter((i) => !theirs.has(i.id)),
      onlySecond: other.filter((i) => !ours.has(i.id)),
      shared: section.items.filter((i) => theirs.has(i.id)).length,
    };
  });
}

import { z } from 'zod';
import { conditionSchema } from '../bank/condition.js';
import { refuseUnsafe, safeText } from '../bank/safeText.js';

export const PLAN_SECTION_IDS = ['site_search', 'hipaa_training', 'liability_coverage', 'credential_timing'] as const;
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

const sourceSchema = z.strictObject({
  title: safeText.min(1),
  // zod checks a URL but keeps the text as written, escapes included; it is printed and linked as is.
  url: z.url({ protocol: /^https?$/ }).superRefine(refuseUnsafe).optional(),
});

/**
 * questions/plan.yaml: the wording of the plan, as data.
 * Text may use `{question_id}` placeholders, replaced by the answer's phrase (or label). Like the bank's, its text
 * is single lines without control, bidi or invisible characters (safeText).
 */
export const planContentSchema = z.strictObject({
  /** Month the facts in this file were last checked against their sources, YYYY-MM. */
  facts_checked: z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM'),
  disclaimer: safeText.min(1),
  sources: z.record(safeText, sourceSchema),
  sections: z
    .array(z.strictObject({ id: z.enum(PLAN_SECTION_IDS), title: safeText.min(1), intro: safeText.optional() }))
    .length(4),
  items: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/),
        section: z.enum(PLAN_SECTION_IDS),
        /** Absent: the item applies to everyone. */
        when: conditionSchema.optional(),
        text: safeText.min(1),
        /** Why it applies, in words; when absent the answers that matched `when` are listed. */
        because: safeText.optional(),
        sources: z.array(safeText).min(1),
      }),
    )
    .min(1),
  comparisons: z.array(
    z.strictObject({
      question: safeText,
      /** `{percent}` and `{option}` are filled in for each chosen option with a published ASRT share. */
      text: safeText.min(1),
    }),
  ),
});

export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanContentItem = PlanContent['items'][number];

export interface PlanSource {
  id: string;
  title: string;
  url?: string;
}

export interface PlanItem {
  id: string;
  text: string;
  why: string;
  sources: PlanSource[];
}

export interface PlanSection {
  id: PlanSectionId;
  title: string;
  intro?: string;
  items: PlanItem[];
}

export interface PlanComparison {
  question: string;
  option: string;
  percent: number;
  text: string;
}

/** The shape printed by `plan --format json` (design.md §4). */
export interface Plan {
  asOf: string;
  factsChecked: string;
  disclaimer: string;
  sections: PlanSection[];
  comparison: PlanComparison[];
}

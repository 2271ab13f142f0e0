import { z } from 'zod';
import { isReservedName, RESERVED_NAME } from '../bank/reservedNames.js';
import type { SchemaCode } from '../contentProblem.js';
import { conditionSchema } from '../bank/condition.js';
import { refuseUnsafe, safeText } from '../bank/safeText.js';

export const PLAN_SECTION_IDS = ['site_search', 'hipaa_training', 'liability_coverage', 'credential_timing'] as const;
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

const itemId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snakeCaseId' satisfies SchemaCode).refine((id) => !isReservedName(id), RESERVED_NAME);
const month = z.string().regex(/^\d{4}-\d{2}$/, 'yearMonth' satisfies SchemaCode);

const sourceSchema = z.strictObject({
  title: safeText.min(1),
  // zod checks a URL but keeps the text as written, escapes included; it is printed and linked as is.
  url: z.url({ protocol: /^https?$/ }).superRefine(refuseUnsafe).optional(),
  /** One of the two documents the tool is built on (the ASRT survey page, the sonography article): no address needed. */
  seed: z.boolean().optional(),
  /** Month the fact was last read at this address, YYYY-MM; defaults to the file's facts_checked. */
  checked: month.optional(),
});

/**
 * questions/plan.yaml: the wording of the plan, as data.
 * Text may use `{question_id}` placeholders, replaced by the answer's phrase (or label). Like the bank's, its text
 * is single lines without control, bidi or invisible characters (safeText).
 */
export const planContentSchema = z.strictObject({
  /** Month the facts in this file were last checked against their sources, YYYY-MM. */
  facts_checked: month,
  disclaimer: safeText.min(1),
  sources: z.record(safeText, sourceSchema),
  sections: z
    .array(z.strictObject({ id: z.enum(PLAN_SECTION_IDS), title: safeText.min(1), intro: safeText.optional() }))
    .length(4),
  items: z
    .array(
      z.strictObject({
        id: itemId,
        section: z.enum(PLAN_SECTION_IDS),
        /** A few words naming the item; next steps and the obstacle point to items by their titles. */
        title: safeText.min(1),
        /** Absent: the item applies to everyone. */
        when: conditionSchema.optional(),
        text: safeText.min(1),
        /** One line for "Your next steps" at the top of the plan, an action the person can take. */
        next_step: safeText.min(1).optional(),
        /** Order of next steps: 1 is the most urgent; 5 when absent. */
        urgency: z.number().int().min(1).max(9).optional(),
        /** Items that must never be shown with this one (a test checks every persona against them). */
        excludes: z.array(itemId).optional(),
        /** Why it applies, in words; when absent the answers that matched `when` are listed. */
        because: safeText.optional(),
        sources: z.array(safeText).min(1),
      }),
    )
    .min(1),
  comparisons: z.array(
    z.strictObject({
      question: safeText,
      /** Only when this holds (a comparison that would mislead this person is left out). */
      when: conditionSchema.optional(),
      /** `{percent}` and `{option}` are filled in for each chosen option with a published ASRT share. */
      text: safeText.min(1),
    }),
  ),
  /** How the person's typed obstacle is shown back, and which items speak to the themes its words touch. */
  obstacle: z
    .strictObject({
      question: z.string(),
      title: safeText.min(1),
      themes: z.array(
        z.strictObject({
          id: itemId,
          label: safeText.min(1),
          /** Lower-case whole words or phrases, at least 3 letters; a trailing `*` matches any ending ("relocat*"). */
          words: z.array(z.string().regex(/^[a-z][a-z' -]{2,}\*?$/, 'themeWord' satisfies SchemaCode)).min(1),
          items: z.array(itemId).min(1),
        }),
      ),
    })
    .optional(),
});

export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanContentItem = PlanContent['items'][number];

export interface PlanSource {
  id: string;
  title: string;
  url?: string;
  /** Month the fact was last read at the source, YYYY-MM. */
  checked: string;
}

export interface PlanItem {
  id: string;
  title: string;
  text: string;
  why: string;
  /** Labels of the questions whose answers put the item in the plan (empty: everyone gets it). */
  basedOn: string[];
  sources: PlanSource[];
}

/** One line of "Your next steps", pointing at the item that explains it. */
export interface PlanNextStep {
  text: string;
  item: string;
}

/** The person's own words, cleaned of anything a terminal would act on, and the items that speak to them. */
export interface PlanObstacle {
  title: string;
  said: string;
  themes: { id: string; label: string; items: string[] }[];
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
  /** 3 to 5 actions, most urgent first. */
  nextSteps: PlanNextStep[];
  obstacle?: PlanObstacle;
  sections: PlanSection[];
  comparison: PlanComparison[];
}

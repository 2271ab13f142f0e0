import { z } from 'zod';
import { isReservedName, RESERVED_NAME } from '../bank/reservedNames.js';
import type { SchemaCode } from '../contentProblem.js';
import { conditionSchema } from '../bank/condition.js';
import { refuseUnsafe, safeText } from '../bank/safeText.js';

/** The 50 states, DC and Puerto Rico, by postal code: states.yaml must describe every one. */
export const JURISDICTIONS = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;

/** The discipline families a state may license, each with its own status per state. */
export const FAMILIES = ['radiography', 'ct', 'mri', 'mammography', 'nuclear_medicine', 'radiation_therapy', 'sonography', 'bone_densitometry'] as const;
export type Family = (typeof FAMILIES)[number];

/** `unknown` is a finding, not a gap: the state's own pages did not settle it, so the plan says so and names the agency. */
export const STATUSES = ['licensed', 'not_licensed', 'unknown'] as const;
export type LicenseStatus = (typeof STATUSES)[number];

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'yearMonth' satisfies SchemaCode);
const sourceId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snakeCaseId' satisfies SchemaCode).refine((id) => !isReservedName(id), RESERVED_NAME);
const url = z.url({ protocol: /^https?$/ }).superRefine(refuseUnsafe);

const statusSchema = z.strictObject({
  status: z.enum(STATUSES),
  /** An id under this state's `sources`: the statute, rule or board page that settles (or failed to settle) it. */
  source: sourceId,
  /** Month the source was read, YYYY-MM. */
  checked: month,
  note: safeText.min(1).optional(),
});

const jurisdictionSchema = z.strictObject({
  name: safeText.min(1),
  agency: z.strictObject({
    /** The body to ask: the licensing board, or where there is none, the program that registers X-ray equipment. */
    name: safeText.min(1),
    url,
    /** The state has no law licensing radiologic personnel; `source` shows it. */
    none: z.boolean().optional(),
    source: sourceId.optional(),
  }),
  sources: z.record(sourceId, z.strictObject({ title: safeText.min(1), url })),
  disciplines: z.strictObject(Object.fromEntries(FAMILIES.map((f) => [f, statusSchema])) as Record<Family, typeof statusSchema>),
});

/**
 * questions/states.yaml: who licenses what, per state and discipline family, each status with its source and month.
 * `families` says which answers make a person's discipline family, first match in file order.
 */
export const statesSchema = z.strictObject({
  /** The bank question whose answer is the postal code. */
  question: z.string().min(1),
  families: z.array(z.strictObject({ id: z.enum(FAMILIES), label: safeText.min(1), when: conditionSchema })).min(1),
  states: z.record(z.string(), jurisdictionSchema),
});

export type StatesContent = z.infer<typeof statesSchema>;
export type Jurisdiction = StatesContent['states'][string];
export type StatusEntry = Jurisdiction['disciplines'][Family];

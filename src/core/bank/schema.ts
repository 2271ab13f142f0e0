import { z } from 'zod';
import { conditionSchema } from './condition.js';
import { safeText } from './safeText.js';
import type { SchemaCode } from '../contentProblem.js';
import { isReservedName, RESERVED_NAME } from './reservedNames.js';
import { surveySchema } from './surveySchema.js';
import { coarseningSchema, exportPolicySchema } from './exportPolicy.js';

// Every text below is shown on the screen and may come from a `--questions DIR` that is not ours: safeText
// refuses control, bidi and invisible characters (ids and option values are narrower still).
const snakeId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'snakeCaseId' satisfies SchemaCode)
  .refine((id) => !isReservedName(id), RESERVED_NAME);

export const optionSchema = z.strictObject({
  value: snakeId.or(z.string().regex(/^[A-Z]{2}$/, 'snakeCaseOrStateCode' satisfies SchemaCode)),
  label: safeText.min(1),
  /** Shown after the label, dimmed. */
  hint: safeText.optional(),
  /** Only offer this option when the condition holds (e.g. disciplines per pathway). */
  show_if: conditionSchema.optional(),
  /** Share of respondents choosing this option in the published ASRT member survey, in percent. */
  asrt_percent: z.number().min(0).max(100).optional(),
  /** The option as it reads inside a sentence ("hospitals"); defaults to the label. */
  phrase: safeText.optional(),
  /**
   * Answered only on its own ("None of these yet"): ticking it unticks the others and the other way round.
   * Multi questions only (validate checks); the flow reducer and `--answers` refuse it combined with others.
   */
  exclusive: z.boolean().optional(),
});

const base = {
  id: snakeId,
  /** The question as asked. */
  prompt: safeText.min(1),
  /** A short line under the question. */
  help: safeText.optional(),
  /** A short name for review screens, reports and dictionaries; defaults to the prompt. */
  label: safeText.optional(),
  /** Only ask when the condition holds; a hidden question's answer is dropped. */
  show_if: conditionSchema.optional(),
  /** May be left empty. */
  optional: z.boolean().default(false),
  /** Asked for the survey report only; the plan does not read it (its help says so). `validate` checks both ways. */
  survey_only: z.boolean().default(false),
  /** What an export sends for this question: keep (the default), omit, or coarsen into groups. */
  export: exportPolicySchema.default('keep'),
};

export const singleQuestionSchema = z.strictObject({
  ...base,
  kind: z.literal('single'),
  options: z.array(optionSchema).min(2),
  /** Offer type-to-filter (long lists such as states). */
  filter: z.boolean().default(false),
  default: z.string().optional(),
});

export const multiQuestionSchema = z.strictObject({
  ...base,
  kind: z.literal('multi'),
  options: z.array(optionSchema).min(2),
  filter: z.boolean().default(false),
  default: z.array(z.string()).optional(),
});

export const textQuestionSchema = z.strictObject({
  ...base,
  kind: z.literal('text'),
  max_length: z.number().int().positive().default(500),
  /** Could identify a person: kept out of exports unless asked, flagged `Identifier? = y` in REDCap. */
  identifier: z.boolean().default(false),
  placeholder: safeText.optional(),
});

export const questionSchema = z.discriminatedUnion('kind', [singleQuestionSchema, multiQuestionSchema, textQuestionSchema]);

/** One file under questions/sections/: a titled group of questions, asked in file order. */
export const sectionFileSchema = z.strictObject({
  section: safeText.min(1),
  questions: z.array(questionSchema).min(1),
});

/** questions/bank.yaml */
export const bankMetaSchema = z.strictObject({
  id: snakeId.or(z.string().regex(/^[a-z][a-z0-9-]*$/)),
  version: safeText.min(1),
  title: safeText.min(1),
  /** Needed only to send responses (export): an interview-only bank may leave it out. */
  survey: surveySchema.optional(),
  /** Named groupings that `export: {coarsen: NAME}` questions use. */
  coarsen: z.record(z.string(), coarseningSchema).optional(),
  /**
   * Questions someone who knows a respondent could know too (state, discipline, job): collect reports k-anonymity
   * over them and `--k-anonymity K` suppresses their values locally. Most important first.
   */
  quasi_identifiers: z.array(z.string()).default([]),
});

export type Option = z.infer<typeof optionSchema>;
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
export type MultiQuestion = z.infer<typeof multiQuestionSchema>;
export type TextQuestion = z.infer<typeof textQuestionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = SingleQuestion | MultiQuestion;
export type SectionFile = z.infer<typeof sectionFileSchema>;
export type BankMeta = z.infer<typeof bankMetaSchema>;

export type QuestionInBank = Question & { section: string };

export interface Bank extends BankMeta {
  questions: QuestionInBank[];
}

/** A single answer is an option value, a multi answer a list of them, a text answer a string. */
export type AnswerValue = string | string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

import { z } from 'zod';
import { questionSchema } from '../../kinds/kindSchemas.js';
import type { MultiQuestion } from '../../kinds/multi/schema.js';
import type { SingleQuestion } from '../../kinds/single/schema.js';
import { snakeId } from './questionBase.js';
import { safeText } from './safeText.js';
import { surveySchema } from './surveySchema.js';
import { coarseningSchema } from './exportPolicy.js';

export { optionSchema, type Option } from './questionBase.js';
export { questionSchema } from '../../kinds/kindSchemas.js';
export { singleQuestionSchema, type SingleQuestion } from '../../kinds/single/schema.js';
export { multiQuestionSchema, type MultiQuestion } from '../../kinds/multi/schema.js';
export { textQuestionSchema, type TextQuestion } from '../../kinds/text/schema.js';
export type { Kind, QuestionOf } from '../../kinds/kindSchemas.js';

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

import { z } from 'zod';
import { multiQuestionSchema } from './multi/schema.js';
import { numberQuestionSchema } from './number/schema.js';
import { singleQuestionSchema } from './single/schema.js';
import { textQuestionSchema } from './text/schema.js';

/**
 * The question kinds, each with its schema: the one list a new kind is added to. The registries beside it
 * (coreKinds, lineKinds, viewKinds) are typed `Record<Kind, …>`, so a kind missing from one of them does not compile.
 */
export const kindSchemas = {
  single: singleQuestionSchema,
  multi: multiQuestionSchema,
  text: textQuestionSchema,
  number: numberQuestionSchema,
} as const;

export type Kind = keyof typeof kindSchemas;
export type QuestionOf<K extends Kind> = z.infer<(typeof kindSchemas)[K]>;
type Schemas = (typeof kindSchemas)[Kind];

/** A question of any kind, told apart by its `kind` field. */
export const questionSchema = z.discriminatedUnion('kind', Object.values(kindSchemas) as [Schemas, ...Schemas[]]);

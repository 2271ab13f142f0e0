import type { Option } from '../core/bank/questionBase.js';
import type { Question } from '../core/bank/schema.js';
import type { Kind, QuestionOf } from './kindSchemas.js';
import type { KindCore } from './KindCore.js';
import { multiCore } from './multi/core.js';
import { numberCore } from './number/core.js';
import { singleCore } from './single/core.js';
import { textCore } from './text/core.js';

/** Each kind's pure part, for src/core; a kind left out is a compile error. */
export const coreKinds = {
  single: singleCore,
  multi: multiCore,
  text: textCore,
  number: numberCore,
} satisfies { [K in Kind]: KindCore<QuestionOf<K>> };

/** The pure part of a question's kind, typed for that question. */
export function coreOf<Q extends Question>(question: Q): KindCore<Q> {
  // The registry is keyed by kind, so the entry found is the one for Q's kind; TypeScript cannot follow that.
  return coreKinds[question.kind] as unknown as KindCore<Q>;
}

/** The options the bank lists for a question, or null for a kind without options (text, number). */
export function optionsOf(question: Question): readonly Option[] | null {
  return coreOf(question).options(question);
}

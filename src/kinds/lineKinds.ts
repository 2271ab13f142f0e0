import type { Question } from '../core/bank/schema.js';
import type { Kind, QuestionOf } from './kindSchemas.js';
import type { KindLines } from './KindLines.js';
import { multiLines } from './multi/lines.js';
import { numberLines } from './number/lines.js';
import { singleLines } from './single/lines.js';
import { textLines } from './text/lines.js';

/** Each kind's plain-mode lines and key help; a kind left out is a compile error. */
export const lineKinds = {
  single: singleLines,
  multi: multiLines,
  text: textLines,
  number: numberLines,
} satisfies { [K in Kind]: KindLines<QuestionOf<K>> };

/** The lines of a question's kind, typed for that question. */
export function linesOf<Q extends Question>(question: Q): KindLines<Q> {
  // Keyed by kind, so the entry is the one for Q's kind; TypeScript cannot follow that.
  return lineKinds[question.kind] as unknown as KindLines<Q>;
}

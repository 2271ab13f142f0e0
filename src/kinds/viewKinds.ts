import type { Question } from '../core/bank/schema.js';
import type { Kind, QuestionOf } from './kindSchemas.js';
import type { KindView } from './KindView.js';
import { multiView } from './multi/multiView.js';
import { numberView } from './number/numberView.js';
import { singleView } from './single/singleView.js';
import { textView } from './text/textView.js';

/** Each kind's Ink view; loaded with Ink only (plain mode and the first frame never import it). A kind left out is a compile error. */
export const viewKinds = {
  single: singleView,
  multi: multiView,
  text: textView,
  number: numberView,
} satisfies { [K in Kind]: KindView<QuestionOf<K>> };

/** The view of a question's kind, typed for that question. */
export function viewOf<Q extends Question>(question: Q): KindView<Q> {
  // Keyed by kind, so the entry is the one for Q's kind; TypeScript cannot follow that.
  return viewKinds[question.kind] as unknown as KindView<Q>;
}

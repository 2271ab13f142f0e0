import type { ReactNode } from 'react';
import type { ViewProps } from '../ui/ViewProps.js';
import type { Question } from '../core/bank/schema.js';

/** A question kind on the Ink screen. */
export interface KindView<Q extends Question> {
  /** The view that answers the question: its keys, its rows or field, its accessible state. */
  Answer: (props: ViewProps<Q>) => ReactNode;
  /**
   * How the demo's read-only list shows a persona's answer: radio rows (the pointer alone) or tick boxes; null for a
   * field, whose answer is shown as words.
   */
  presenter: { role: 'radio' | 'checkbox' } | null;
}

/**
 * One answer that decided why an item is in the plan: options chosen (their labels, in the bank's order), a text
 * question answered (its content never shown) or left unanswered. `question` is the question's label.
 */
export type WhyReason = { kind: 'chose'; question: string; options: string[] } | { kind: 'answered' | 'unanswered'; question: string };

/**
 * The few words a plan needs beyond the bank's own text, given by the caller (src/messages/planWords.ts) so the
 * core builds a plan in any language.
 */
export interface PlanWords {
  /** Several answers inside a sentence: "a, b and c". */
  list(items: readonly string[]): string;
  /** What a placeholder becomes when there is nothing to insert. */
  unanswered: string;
  /** What a text question's placeholder becomes: typed text never goes into the plan. */
  textAnswer: string;
  /** Why an item is there, from the answers that decided it; no reasons: it applies to everyone. */
  why(reasons: readonly WhyReason[]): string;
}

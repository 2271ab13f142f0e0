import type { AnswerValue, Question } from '../bank/schema.js';
import { optionsOf } from '../../kinds/coreKinds.js';

/**
 * An answer that ticks an option marked `exclusive` ("None of these yet") together with other options: data, so each
 * screen says it in its own words (src/messages/exclusive.ts).
 */
export interface ExclusiveConflict {
  code: 'exclusive';
  /** The question's id. */
  question: string;
  /** The exclusive option that was ticked with others (the first, if several were). */
  exclusive: string;
  /** Every other option ticked with it, in the order given. */
  others: string[];
}

/** The values of a question's options that can only be chosen on their own (validate allows the flag on tick boxes only). */
export function exclusiveValues(question: Question): string[] {
  return (optionsOf(question) ?? []).filter((o) => o.exclusive).map((o) => o.value);
}

/** Why `value` cannot stand as an answer to `question` under the exclusive rule; null when it can. */
export function exclusiveConflict(question: Question, value: AnswerValue): ExclusiveConflict | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const exclusive = exclusiveValues(question).find((v) => value.includes(v));
  if (exclusive === undefined) return null;
  return { code: 'exclusive', question: question.id, exclusive, others: value.filter((v) => v !== exclusive) };
}

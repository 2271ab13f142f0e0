import type { Answers, AnswerValue, Question } from '../bank/schema.js';
import { answerOf } from '../bank/answerOf.js';
import { coreOf } from '../../kinds/coreKinds.js';
import type { PlanWords } from './PlanWords.js';

/** `{question_id}` in plan text; the one pattern both filling and checking use. */
export const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** The words a placeholder may need besides the bank's: for several answers, none, or a text answer. */
export type PlaceholderWords = Pick<PlanWords, 'list' | 'unanswered' | 'textAnswer'>;

/**
 * Replaces each `{question_id}` with the answer as it reads in a sentence: the chosen options' `phrase ?? label`,
 * several joined as `words.list` joins them ("a, b and c"); a number with its unit. Text answers are never inserted. `extra` names (e.g. `percent`) win over question ids.
 * Replacement is one pass, so inserted words are never read as placeholders themselves.
 */
export function fillPlaceholders(
  text: string,
  questions: ReadonlyMap<string, Question>,
  answers: Answers,
  words: PlaceholderWords,
  extra: Readonly<Record<string, string>> = {},
): string {
  return text.replace(PLACEHOLDER, (_match, name: string) =>
    Object.hasOwn(extra, name) ? (extra[name] ?? '') : answerPhrase(questions.get(name), answerOf(answers, name), words),
  );
}

/** One answer as words inside a sentence. */
export function answerPhrase(question: Question | undefined, value: AnswerValue | undefined, words: PlaceholderWords): string {
  if (!question) return words.unanswered;
  return coreOf(question).phrase(question, value, words) ?? words.unanswered;
}

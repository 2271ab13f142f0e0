import type { Answers, AnswerValue, Question } from '../bank/schema.js';
import { chosenOptions } from './chosenOptions.js';
import { formatList } from './formatList.js';
import { answerOf } from '../bank/answerOf.js';

/** `{question_id}` in plan text; the one pattern both filling and checking use. */
export const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** What a placeholder becomes when there is nothing to insert. */
export const UNANSWERED_PHRASE = 'your choice';
/** What a text question's placeholder becomes: typed text never goes into the plan. */
export const TEXT_ANSWER_PHRASE = 'your answer';

/**
 * Replaces each `{question_id}` with the answer as it reads in a sentence: the chosen options' `phrase ?? label`,
 * several joined "a, b and c". Text answers are never inserted. `extra` names (e.g. `percent`) win over question ids.
 * Replacement is one pass, so inserted words are never read as placeholders themselves.
 */
export function fillPlaceholders(
  text: string,
  questions: ReadonlyMap<string, Question>,
  answers: Answers,
  extra: Readonly<Record<string, string>> = {},
): string {
  return text.replace(PLACEHOLDER, (_match, name: string) =>
    Object.hasOwn(extra, name) ? (extra[name] ?? '') : answerPhrase(questions.get(name), answerOf(answers, name)),
  );
}

/** One answer as words inside a sentence. */
export function answerPhrase(question: Question | undefined, value: AnswerValue | undefined): string {
  if (!question) return UNANSWERED_PHRASE;
  if (question.kind === 'text') return TEXT_ANSWER_PHRASE;
  const options = chosenOptions(question, value);
  return options.length === 0 ? UNANSWERED_PHRASE : formatList(options.map((o) => o.phrase ?? o.label));
}

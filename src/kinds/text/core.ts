import { isAnswered } from '../../core/bank/evaluate.js';
import { maskText } from '../../core/survey/maskText.js';
import type { KindCore } from '../KindCore.js';
import type { TextQuestion } from './schema.js';

/** What a text answer becomes inside a plan sentence: typed text never goes into the plan. */
export const TEXT_ANSWER_PHRASE = 'your answer';

/** A typed answer: kept out of exports unless asked for, never counted, never inserted in the plan. */
export const textCore: KindCore<TextQuestion> = {
  options: () => null,
  offered: () => [],
  defaultAnswer: () => undefined,
  empty: '',
  fromFile: (value) => (typeof value === 'string' ? value : undefined),
  fileShape: 'expected a string',
  check(question, value) {
    if (typeof value !== 'string') return 'Type your answer.';
    if (!question.optional && !isAnswered(value)) return 'Type an answer, or go back.';
    if (value.length > question.max_length) return `Keep it under ${question.max_length} characters.`;
    return null;
  },
  keepShown: (_question, value) => value,
  describe: (_question, value) => (typeof value === 'string' && value.trim() !== '' ? value : '(skipped)'),
  phrase: () => TEXT_ANSWER_PHRASE,
  typedText: true,
  forExport(question, value, includeText) {
    if (!includeText || typeof value !== 'string') return undefined;
    // Masking can lengthen the text ("a@b.co" → "[email]"): cut it back so the file still validates.
    const masked = maskText(value).trim().slice(0, question.max_length);
    return masked === '' ? undefined : masked;
  },
  tally: null,
  redcap: { fieldType: () => 'notes', checkboxes: false, identifier: (question) => question.identifier },
  checkQuestion: () => [],
};

import { isAnswered } from '../../core/bank/evaluate.js';
import { maskText } from '../../core/survey/maskText.js';
import type { KindCore } from '../KindCore.js';
import type { TextQuestion } from './schema.js';

/** A typed answer: kept out of exports unless asked for, never counted, never inserted in the plan. */
/** Why a typed answer is refused. */
export type TextRefusal = { code: 'typeAnswer' } | { code: 'typeOrGoBack' } | { code: 'tooLong'; max: number };

export const textCore: KindCore<TextQuestion, TextRefusal> = {
  options: () => null,
  offered: () => [],
  defaultAnswer: () => undefined,
  empty: '',
  fromFile: (value) => (typeof value === 'string' ? value : undefined),
  fileShape: { code: 'expectedString' },
  check(question, value) {
    if (typeof value !== 'string') return { code: 'typeAnswer' };
    if (!question.optional && !isAnswered(value)) return { code: 'typeOrGoBack' };
    if (value.length > question.max_length) return { code: 'tooLong', max: question.max_length };
    return null;
  },
  keepShown: (_question, value) => value,
  describe: (_question, value) => (typeof value === 'string' && value.trim() !== '' ? value : '(skipped)'),
  // Typed text never goes into the plan: the plan's words for "your answer" do.
  phrase: (_question, _value, words) => words.textAnswer,
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

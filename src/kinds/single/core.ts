import { visibleOptions } from '../../core/bank/evaluate.js';
import type { KindCore } from '../KindCore.js';
import { choiceDescribe, choicePhrase, defaultProblems } from '../choiceParts.js';
import { SKIP_ROW } from '../skipRow.js';
import type { SingleQuestion } from './schema.js';

/** A single choice whose options outnumber this becomes a REDCap dropdown instead of radio buttons. */
const MAX_RADIO_OPTIONS = 10;

/** One answer from a list; an optional one offers "Skip this question" as its last row. */
/** Why a single answer is refused. */
export type SingleRefusal = { code: 'chooseOne' } | { code: 'notAnOption'; value: string };

export const singleCore: KindCore<SingleQuestion, SingleRefusal> = {
  options: (question) => question.options,
  offered: (question, answers) => [...visibleOptions(question, answers), ...(question.optional ? [SKIP_ROW] : [])],
  defaultAnswer(question, answers) {
    const offered = singleCore.offered(question, answers);
    return question.default !== undefined && offered.some((o) => o.value === question.default) ? question.default : undefined;
  },
  empty: '',
  fromFile: (value) => (typeof value === 'string' ? value : undefined),
  fileShape: { code: 'expectedString' },
  check(question, value, answers) {
    if (typeof value !== 'string') return { code: 'chooseOne' };
    if (value === '') return question.optional ? null : { code: 'chooseOne' };
    const allowed = visibleOptions(question, answers).map((o) => o.value);
    return allowed.includes(value) ? null : { code: 'notAnOption', value };
  },
  keepShown: (_question, value) => value,
  describe: choiceDescribe,
  phrase: choicePhrase,
  typedText: false,
  forExport: (_question, value) => (Array.isArray(value) ? [...value] : value),
  tally: 'one',
  redcap: {
    fieldType: (question) => (question.filter || question.options.length > MAX_RADIO_OPTIONS ? 'dropdown' : 'radio'),
    checkboxes: false,
    identifier: () => false,
  },
  checkQuestion: (question) => [
    // Every option of a single choice is answered on its own already; the flag would promise a rule that does nothing.
    ...question.options.flatMap((o, i) =>
      o.exclusive ? [{ field: `options.${i}.exclusive`, problem: { code: 'exclusiveOnSingle' as const } }] : [],
    ),
    ...defaultProblems(question, question.default === undefined ? [] : [question.default]),
  ],
};

import { visibleOptions } from '../../core/bank/evaluate.js';
import type { KindCore } from '../KindCore.js';
import { choiceDescribe, choicePhrase, defaultProblems } from '../choiceParts.js';
import type { MultiQuestion } from './schema.js';

/** Tick boxes: any number of options; an optional one is skipped by ticking none, so it has no Skip row. */
/** Why a tick-box answer is refused. */
export type MultiRefusal = { code: 'chooseFromList' } | { code: 'chooseAtLeastOne' } | { code: 'chosenTwice' } | { code: 'notAnOption'; value: string };

export const multiCore: KindCore<MultiQuestion, MultiRefusal> = {
  options: (question) => question.options,
  offered: (question, answers) => visibleOptions(question, answers),
  defaultAnswer(question, answers) {
    const offered = visibleOptions(question, answers).map((o) => o.value);
    const value = (question.default ?? []).filter((v) => offered.includes(v));
    return value.length > 0 ? value : undefined;
  },
  empty: [],
  fromFile: (value) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined),
  fileShape: { code: 'expectedOptionList' },
  check(question, value, answers) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { code: 'chooseFromList' };
    if (value.length === 0 && !question.optional) return { code: 'chooseAtLeastOne' };
    if (new Set(value).size !== value.length) return { code: 'chosenTwice' };
    const allowed = visibleOptions(question, answers).map((o) => o.value);
    const unknown = value.find((v) => !allowed.includes(v));
    return unknown === undefined ? null : { code: 'notAnOption', value: unknown };
  },
  keepShown: (question, value, answers) =>
    Array.isArray(value) ? value.filter((v) => visibleOptions(question, answers).some((o) => o.value === v)) : value,
  describe: choiceDescribe,
  phrase: choicePhrase,
  typedText: false,
  forExport: (_question, value) => (Array.isArray(value) ? [...value] : value),
  tally: 'many',
  redcap: { fieldType: () => 'checkbox', checkboxes: true, identifier: () => false },
  checkQuestion(question) {
    const defaults = question.default ?? [];
    const exclusiveDefault = defaults.find((d) => question.options.some((o) => o.value === d && o.exclusive));
    return [
      ...defaultProblems(question, defaults),
      ...(exclusiveDefault !== undefined && defaults.length > 1
        ? [{ field: 'default', problem: { code: 'exclusiveDefault' as const, value: exclusiveDefault } }]
        : []),
    ];
  },
};

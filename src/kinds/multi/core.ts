import { visibleOptions } from '../../core/bank/evaluate.js';
import { chosenOptions } from '../../core/plan/chosenOptions.js';
import { formatList } from '../../core/plan/formatList.js';
import type { KindCore } from '../KindCore.js';
import { choiceDescribe, defaultProblems } from '../choiceParts.js';
import type { MultiQuestion } from './schema.js';

/** Tick boxes: any number of options; an optional one is skipped by ticking none, so it has no Skip row. */
export const multiCore: KindCore<MultiQuestion> = {
  options: (question) => question.options,
  offered: (question, answers) => visibleOptions(question, answers),
  defaultAnswer(question, answers) {
    const offered = visibleOptions(question, answers).map((o) => o.value);
    const value = (question.default ?? []).filter((v) => offered.includes(v));
    return value.length > 0 ? value : undefined;
  },
  empty: [],
  fromFile: (value) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined),
  fileShape: 'expected a list of option values',
  check(question, value, answers) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'Choose from the list.';
    if (value.length === 0 && !question.optional) return 'Choose at least one option.';
    if (new Set(value).size !== value.length) return 'Each option can be chosen only once.';
    const allowed = visibleOptions(question, answers).map((o) => o.value);
    const unknown = value.find((v) => !allowed.includes(v));
    return unknown === undefined ? null : `“${unknown}” is not one of the options.`;
  },
  keepShown: (question, value, answers) =>
    Array.isArray(value) ? value.filter((v) => visibleOptions(question, answers).some((o) => o.value === v)) : value,
  describe: choiceDescribe,
  phrase(question, value) {
    const options = chosenOptions(question, value);
    return options.length === 0 ? null : formatList(options.map((o) => o.phrase ?? o.label));
  },
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
        ? [{ field: 'default', message: `default combines “${exclusiveDefault}”, which is exclusive, with other options` }]
        : []),
    ];
  },
};

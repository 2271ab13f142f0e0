import { interpretChoice } from '../../plain/interpretChoice.js';
import { PLAIN_KEYS } from '../../plain/plainKeys.js';
import type { KindLines } from '../KindLines.js';
import type { MultiQuestion } from './schema.js';

/** Tick boxes: several numbers separated by commas, or on a long list names. */
export const multiLines: KindLines<MultiQuestion> = {
  expected: () => 'one or more answers',
  filtered: (question) => question.filter,
  ask(question, count, listed) {
    if (question.filter && !listed) {
      return `Type names or their starts, separated by commas, and press Enter, or type ${PLAIN_KEYS.repeat} to list all ${count} options with numbers`;
    }
    return `Type the numbers of your answers, 1 to ${count}${question.filter ? ', or names' : ''}, separated by commas, and press Enter`;
  },
  // Nothing ticked goes to the reducer, whose "Choose at least one option." is the reason.
  emptyLine: () => null,
  read: (question, rows, input, ask) => interpretChoice(rows, input, { many: true, byName: question.filter, ask }),
  repeatWords: 'list the options again',
  askAfterRefusal: true,
  keyView: () => 'multi',
  spokenKind: (_question, count) => `${count} options, tick any that apply`,
};

import { interpretChoice } from '../../plain/interpretChoice.js';
import { PLAIN_KEYS } from '../../plain/plainKeys.js';
import type { KindLines } from '../KindLines.js';
import type { SingleQuestion } from './schema.js';

/** One answer from a list: by number, or on a long list by a name or its start. */
export const singleLines: KindLines<SingleQuestion> = {
  expected: () => 'one answer',
  filtered: (question) => question.filter,
  ask(question, count, listed) {
    if (question.filter && !listed) return `Type a name or its start and press Enter, or type ${PLAIN_KEYS.repeat} to list all ${count} options with numbers`;
    return `Type the number of your answer, 1 to ${count}${question.filter ? ', or a name or its start' : ''}, and press Enter`;
  },
  // An empty single answer means nothing unless it is the Skip row's; say so rather than refuse "".
  emptyLine: () => 'Choose an answer first.',
  read: (question, rows, input, ask) => interpretChoice(rows, input, { many: false, byName: question.filter, ask }),
  repeatWords: 'list the options again',
  askAfterRefusal: true,
  keyView: (question) => (question.filter ? 'filter' : 'single'),
  spokenKind: (_question, count) => `${count} options, choose one`,
};

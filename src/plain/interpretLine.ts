import type { Bank } from '../core/bank/schema.js';
import type { FlowState } from '../core/flow/flowReducer.js';
import { enterMeans } from './enterMeans.js';
import { askSentence } from './instructionLines.js';
import { coreOf } from '../kinds/coreKinds.js';
import { linesOf } from '../kinds/lineKinds.js';
import { numberedOptions } from './numberedOptions.js';
import type { Interpretation } from './Interpretation.js';
import { interpretReview, REVIEW_ASK } from './interpretReview.js';
import { PLAIN_KEYS, TYPE_BACK } from './plainKeys.js';

/** `b` went back before `<` did: where it cannot be an answer, say what goes back now instead of "not a number". */
const OLD_BACK = /^b(ack)?$/i;

/**
 * What a typed line means on the screen of `state`. `?` repeats and `<` goes back, everywhere; neither can be an
 * answer, so a text answer can be anything else, the letter b included. On a question: an empty line keeps the
 * current answer (or takes the default, or skips an optional question), `-` skips an optional one, and the rest is
 * a choice or the text typed. Whether an answer is acceptable beyond its form (at least one option, length,
 * an exclusive option alone) is the reducer's call, so its own reason reaches the person.
 */
export function interpretLine(bank: Bank, state: FlowState, line: string): Interpretation {
  const input = line.trim();
  if (input === PLAIN_KEYS.repeat) return { type: 'repeat' };
  if (input === PLAIN_KEYS.back) return { type: 'act', action: { type: 'back' } };
  if (state.screen === 'review') {
    return OLD_BACK.test(input) ? { type: 'reask', lines: [`${TYPE_BACK}. ${REVIEW_ASK}.`] } : interpretReview(bank, state.answers, input);
  }
  const question = bank.questions.find((q) => q.id === state.current);
  if (state.screen !== 'question' || !question) return { type: 'repeat' };
  const answer = (value: string | string[]): Interpretation => ({ type: 'act', action: { type: 'answer', id: question.id, value } });
  const lines = linesOf(question);
  const { empty } = coreOf(question);

  if (input === '') {
    const means = enterMeans(question, state.answers);
    if (means) return answer(means.value);
    const why = lines.emptyLine(question);
    return why === null ? answer(empty) : { type: 'reask', lines: [`${why} ${askSentence(question, state.answers)}.`] };
  }
  if (input === PLAIN_KEYS.skip && question.optional) return answer(empty);
  const reading = lines.read(question, numberedOptions(question, state.answers), input, askSentence(question, state.answers));
  if (reading.ok) return answer(reading.value);
  return { type: 'reask', lines: OLD_BACK.test(input) ? [`${TYPE_BACK}. ${askSentence(question, state.answers)}.`] : reading.lines };
}

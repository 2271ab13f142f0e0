import type { Bank } from '../core/bank/schema.js';
import type { FlowState } from '../core/flow/flowReducer.js';
import { stripControl } from '../core/text/stripControl.js';
import { enterMeans } from './enterMeans.js';
import { askSentence } from './instructionLines.js';
import { interpretChoice } from './interpretChoice.js';
import type { Interpretation } from './Interpretation.js';
import { interpretReview } from './interpretReview.js';

/**
 * What a typed line means on the screen of `state`. `?` repeats, `b` goes back, everywhere. On a question:
 * an empty line keeps the current answer (or takes the default, or skips an optional question), `-` skips an
 * optional one, and the rest is a choice or the text typed. Whether an answer is acceptable beyond its form
 * (at least one option, length) is the reducer's call, so its own message reaches the person.
 */
export function interpretLine(bank: Bank, state: FlowState, line: string): Interpretation {
  const input = line.trim();
  if (input === '?') return { type: 'repeat' };
  if (input.toLowerCase() === 'b') return { type: 'act', action: { type: 'back' } };
  if (state.screen === 'review') return interpretReview(bank, state.answers, input);
  const question = bank.questions.find((q) => q.id === state.current);
  if (state.screen !== 'question' || !question) return { type: 'repeat' };
  const answer = (value: string | string[]): Interpretation => ({ type: 'act', action: { type: 'answer', id: question.id, value } });

  if (input === '') {
    const means = enterMeans(question, state.answers);
    if (means) return answer(means.value);
    if (question.kind === 'single') return { type: 'reask', lines: [`Choose an answer first. ${askSentence(question, state.answers)}.`] };
    return answer(question.kind === 'multi' ? [] : '');
  }
  if (input === '-' && question.optional) return answer(question.kind === 'multi' ? [] : '');
  if (question.kind === 'text') return answer(stripControl(input).trim());
  const reading = interpretChoice(question, state.answers, input);
  return reading.ok ? answer(reading.value) : { type: 'reask', lines: reading.lines };
}

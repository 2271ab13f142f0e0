import type { Bank } from '../core/bank/schema.js';
import { flowReducer, type FlowState } from '../core/flow/flowReducer.js';
import { exclusiveRefusal } from '../messages/exclusive.js';
import { linesOf } from '../kinds/lineKinds.js';
import { say } from '../messages/en.js';
import { askSentence } from './instructionLines.js';
import { interpretLine } from './interpretLine.js';
import { savedLine } from './savedLine.js';
import { screenLines } from './screenLines.js';

export interface PlainStep {
  /** The state after the line; the same object when nothing changed (a repeat or a re-ask). */
  state: FlowState;
  /** What to print in answer to the line. */
  lines: string[];
}

/**
 * One typed line through the interpreter and the reducer, and what to print back: after an answer, one line saying
 * what was saved, then the next screen; after `?`, the same screen again (a long list now in full); after a refused
 * answer, one line saying why and what to type.
 */
export function stepPlain(bank: Bank, state: FlowState, line: string): PlainStep {
  const reading = interpretLine(bank, state, line);
  if (reading.type === 'repeat') return { state, lines: ['', ...screenLines(bank, state, true)] };
  if (reading.type === 'reask') return { state, lines: reading.lines };

  const { action } = reading;
  const next = flowReducer(bank, state, action);
  const question = bank.questions.find((q) => q.id === next.current);
  if (next.error !== null || next.refusal !== null) {
    const why = next.refusal && question ? exclusiveRefusal(question, next.refusal) : next.error && say(next.error);
    const ask = question && linesOf(question).askAfterRefusal ? ` ${askSentence(question, next.answers)}.` : '';
    return { state: next, lines: [`${why}${ask}`] };
  }
  const answered = action.type === 'answer' ? bank.questions.find((q) => q.id === action.id) : undefined;
  const saved = answered && action.type === 'answer' ? [savedLine(answered, action.value)] : [];
  const moved = next.screen !== state.screen || next.current !== state.current || next.editing !== state.editing;
  if (moved) return { state: next, lines: [...saved, '', ...screenLines(bank, next)] };
  // Only back stays put: on the first question, or on a question a change revealed (it needs an answer first).
  if (action.type === 'back') {
    const why = next.editing
      ? 'Answer this question first; then you return to the review.'
      : 'This is the first question, so there is nothing to go back to.';
    return { state: next, lines: [why] };
  }
  return { state: next, lines: [...saved, '', ...screenLines(bank, next)] };
}

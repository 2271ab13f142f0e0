import type { Bank } from '../core/bank/schema.js';
import { flowReducer, type FlowState } from '../core/flow/flowReducer.js';
import { askSentence } from './instructionLines.js';
import { interpretLine } from './interpretLine.js';
import { screenLines } from './screenLines.js';

export interface PlainStep {
  /** The state after the line; the same object when nothing changed (a repeat or a re-ask). */
  state: FlowState;
  /** What to print in answer to the line. */
  lines: string[];
}

/**
 * One typed line through the interpreter and the reducer, and what to print back: the next screen after a
 * move, the same screen again after `?`, or one line saying why the answer was not taken and what to type.
 */
export function stepPlain(bank: Bank, state: FlowState, line: string): PlainStep {
  const reading = interpretLine(bank, state, line);
  if (reading.type === 'repeat') return { state, lines: ['', ...screenLines(bank, state)] };
  if (reading.type === 'reask') return { state, lines: reading.lines };

  const next = flowReducer(bank, state, reading.action);
  const question = bank.questions.find((q) => q.id === next.current);
  if (next.error !== null) {
    const ask = question && question.kind !== 'text' ? ` ${askSentence(question, next.answers)}.` : '';
    return { state: next, lines: [`${next.error}${ask}`] };
  }
  const moved = next.screen !== state.screen || next.current !== state.current || next.editing !== state.editing;
  if (moved) return { state: next, lines: ['', ...screenLines(bank, next)] };
  // Only back stays put: on the first question, or on a question a change revealed (it needs an answer first).
  if (reading.action.type === 'back') {
    const why = next.editing
      ? 'Answer this question first; then you return to the review.'
      : 'This is the first question, so there is nothing to go back to.';
    return { state: next, lines: [why] };
  }
  return { state: next, lines: ['', ...screenLines(bank, next)] };
}

import type { Bank } from '../core/bank/schema.js';
import { progress, type FlowState } from '../core/flow/flowReducer.js';

/** The one line that says saved progress was picked up (the same words as the Ink interview). */
export function resumeNote(bank: Bank, state: FlowState): string {
  if (state.screen !== 'question') return 'Welcome back: all questions are answered. Review your answers, then show your plan.';
  const { index, total } = progress(bank, state);
  return `Welcome back: your answers were saved. Picking up at question ${index} of ${total}.`;
}

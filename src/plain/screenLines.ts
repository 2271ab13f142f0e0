import type { Bank } from '../core/bank/schema.js';
import type { FlowState } from '../core/flow/flowReducer.js';
import { questionLines } from './questionLines.js';
import { reviewLines } from './reviewLines.js';

/**
 * The whole screen for a state, as static lines: a question, the review, or the line before the plan. `listed`
 * lists a long `filter: true` list in full, as `?` asks; otherwise it asks for a name first.
 */
export function screenLines(bank: Bank, state: FlowState, listed = false): string[] {
  switch (state.screen) {
    case 'question':
      return questionLines(bank, state, listed);
    case 'review':
      return reviewLines(bank, state.answers);
    case 'done':
      return ['Your answers are saved. Here is your plan.'];
    default: {
      const unreachable: never = state.screen;
      return unreachable;
    }
  }
}

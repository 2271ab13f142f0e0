import type { Bank } from '../../core/bank/schema.js';
import { flowReducer, progress, type FlowAction, type FlowState } from '../../core/flow/flowReducer.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { presentedValue } from './presentAnswer.js';

/** Where a presenter can jump: a question by its number on screen ("Question 5 of 22"), or the plan. */
export type DemoTarget = number | 'plan';

/**
 * The flow actions that take the demo from `state` to `target`, as stepping with the clicker would: forward with the
 * answers on screen (the persona's, or the class's changes), back with back. It stops early at a question nobody has
 * answered (a change revealed it): the class chooses there first. A number past the last question means the last.
 */
export function pathTo(bank: Bank, state: FlowState, persona: Persona, target: DemoTarget): FlowAction[] {
  const actions: FlowAction[] = [];
  let at = state;
  const act = (action: FlowAction) => {
    const next = flowReducer(bank, at, action);
    if (next === at) return false;
    actions.push(action);
    at = next;
    return true;
  };
  for (let guard = 0; guard < 4 * bank.questions.length + 4; guard += 1) {
    if (at.screen !== 'question') {
      if (target === 'plan' || !act({ type: 'back' })) break;
      continue;
    }
    const { index, total } = progress(bank, at);
    const goal = target === 'plan' ? Infinity : Math.min(Math.max(1, target), total);
    if (index === goal) break;
    if (index > goal) {
      if (!act({ type: 'back' })) break;
      continue;
    }
    const question = bank.questions.find((q) => q.id === at.current);
    const value = question && presentedValue(question, at.answers, persona);
    if (value === undefined || !act({ type: 'answer', id: question!.id, value })) break;
  }
  return actions;
}

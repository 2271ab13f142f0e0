import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { visibleOptions } from '../../../src/core/bank/evaluate.js';
import type { Bank } from '../../../src/core/bank/schema.js';
import { flowReducer, startFlow, type FlowAction, type FlowState } from '../../../src/core/flow/flowReducer.js';
import { loadContent } from '../../../src/files/loadBank.js';
import { expectValidFlowState } from '../../fixtures/expectValidFlowState.js';

const loaded = loadContent(fileURLToPath(new URL('../../../questions', import.meta.url)));
if (!loaded.ok) throw new Error('the shipped bank must load');
const bank: Bank = loaded.content.bank;
const ids = bank.questions.map((q) => q.id);
const values = [...new Set(bank.questions.flatMap((q) => ('options' in q ? q.options.map((o) => o.value) : [])))];

/** Any action at all: real and unknown ids, real and unknown values, of any shape. */
const anyAction: fc.Arbitrary<FlowAction> = fc.oneof(
  fc.record({
    type: fc.constant('answer' as const),
    id: fc.oneof(fc.constantFrom(...ids), fc.string()),
    value: fc.oneof(fc.constantFrom(...values), fc.string(), fc.array(fc.oneof(fc.constantFrom(...values), fc.string()), { maxLength: 4 })),
  }),
  fc.constant({ type: 'back' as const }),
  fc.record({ type: fc.constant('edit' as const), id: fc.oneof(fc.constantFrom(...ids), fc.string()) }),
  fc.constant({ type: 'finish' as const }),
);

/** An answer the person on screen could actually give, so runs get deep into the interview. */
function plausibleAnswer(state: FlowState, pick: number): FlowAction {
  const question = bank.questions.find((q) => q.id === state.current);
  if (!question) return { type: 'finish' };
  if (question.kind === 'text') return { type: 'answer', id: question.id, value: pick % 2 ? 'an obstacle' : '' };
  if (question.kind === 'number') return { type: 'answer', id: question.id, value: String(question.min + (pick % (question.max - question.min + 1))) };
  const options = visibleOptions(question, state.answers);
  const first = options[pick % options.length]!.value;
  return { type: 'answer', id: question.id, value: question.kind === 'multi' ? [first] : first };
}

describe('flowReducer under random input (the shipped bank)', () => {
  it('never throws, and every state holds only valid answers to visible questions', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyAction.map((a) => () => a), fc.nat().map((n) => (s: FlowState) => plausibleAnswer(s, n))), { maxLength: 80 }), (steps) => {
        let state = startFlow(bank);
        for (const step of steps) {
          state = flowReducer(bank, state, typeof step === 'function' ? step(state) : step);
          expectValidFlowState(bank, state);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

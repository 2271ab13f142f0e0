import { describe, expect, it } from 'vitest';
import { startFlow, type FlowState } from '../../src/core/flow/flowReducer.js';
import { stepPlain } from '../../src/plain/stepPlain.js';
import { ANSWERED, at, plainBank } from './plainBank.js';

const bank = plainBank();
const steps = (inputs: string[], from: FlowState = startFlow(bank)) => {
  let state = from;
  const printed: string[][] = [];
  for (const input of inputs) {
    const step = stepPlain(bank, state, input);
    state = step.state;
    printed.push(step.lines);
  }
  return { state, printed };
};

describe('stepPlain', () => {
  it('an answer moves on and prints the next question after a blank line', () => {
    const { state, printed } = steps(['1']);
    expect(state).toMatchObject({ current: 'discipline', answers: { pathway: 'post_primary' } });
    expect(printed[0]?.slice(0, 2)).toEqual(['', 'Question 2 of 7 · About you']);
  });

  it('a re-ask keeps the same state object (nothing to save) and prints one line', () => {
    const start = startFlow(bank);
    const step = stepPlain(bank, start, '9');
    expect(step.state).toBe(start);
    expect(step.lines).toEqual(['“9” is not between 1 and 2. Enter a number between 1 and 2.']);
  });

  it("passes the reducer's own refusal on, with what to type", () => {
    const { state, printed } = steps(['1', '', '']);
    expect(state).toMatchObject({ current: 'site_types', error: 'Choose at least one option.' });
    expect(printed[2]).toEqual(['Choose at least one option. Enter numbers separated by commas (1-5).']);
    expect(steps(['x'.repeat(13)], at(bank, 'goal')).printed[0]).toEqual(['Keep it under 12 characters.']);
    expect(steps([''], at(bank, 'goal')).printed[0]).toEqual(['Type an answer, or go back.']);
  });

  it('? prints the whole question again; b on the first question says why nothing happened', () => {
    const { printed } = steps(['?', 'b']);
    expect(printed[0]?.slice(0, 2)).toEqual(['', 'Question 1 of 7 · About you']);
    expect(printed[1]).toEqual(['This is the first question, so there is nothing to go back to.']);
  });

  it('b goes back with the answer kept as current', () => {
    const { state, printed } = steps(['2', 'b']);
    expect(state).toMatchObject({ current: 'pathway', answers: { pathway: 'sonography_student' } });
    expect(printed[1]).toContain('(current: 2 — press Enter to keep it)');
  });

  it('edits from the review and comes back to it; Enter then finishes', () => {
    const review = startFlow(bank, { answers: ANSWERED });
    const { state, printed } = steps(['5', 'new y', ''], review);
    expect(printed[0]).toContain('Question 5 of 7 · Your site · changing an answer');
    expect(printed[1]).toContain('5. State: New York');
    expect(state).toMatchObject({ screen: 'done', answers: { state: 'NY' } });
    expect(printed[2]).toEqual(['', 'Your answers are saved. Here is your plan.']);
  });

  it('a change that reveals a question asks it before the review, and b there explains', () => {
    const review = startFlow(bank, { answers: ANSWERED });
    const { state, printed } = steps(['1', '2', 'b'], review);
    expect(state).toMatchObject({ screen: 'question', current: 'spi', editing: true });
    expect(printed[2]).toEqual(['Answer this question first; then you return to the review.']);
    expect(steps(['1'], state).state.screen).toBe('review');
  });

  it('b from the review goes to the last question', () => {
    const { state } = steps(['b'], startFlow(bank, { answers: ANSWERED }));
    expect(state).toMatchObject({ screen: 'question', current: 'obstacle' });
  });

  it('at a question, b while changing an answer returns to the review', () => {
    expect(steps(['b'], at(bank, 'state', ANSWERED, true)).state.screen).toBe('review');
  });
});

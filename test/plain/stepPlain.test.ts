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
  it('an answer says what was saved, then prints the next question after a blank line', () => {
    const { state, printed } = steps(['1']);
    expect(state).toMatchObject({ current: 'discipline', answers: { pathway: 'post_primary' } });
    expect(printed[0]?.slice(0, 3)).toEqual(['Saved: ARRT post-primary.', '', 'Question 2 of 7, About you: Which discipline? (one answer)']);
  });

  it.each<[string, FlowState, string, string]>([
    ['one option, by name', at(bank, 'state', { pathway: 'post_primary', discipline: 'mid', site_types: ['hospital'], extras: [] }), 'oregon', 'Saved: Oregon.'],
    ['several, by name, in list order', at(bank, 'site_types', { pathway: 'post_primary', discipline: 'mid' }), '2, 1', 'Saved: Hospital, Imaging center.'],
    ['a default taken with Enter', at(bank, 'discipline', { pathway: 'post_primary' }), '', 'Saved: Halfway.'],
    ['a skipped optional choice', at(bank, 'extras', {}), '', 'Saved: skipped.'],
    ['typed text, echoed in quotes', at(bank, 'goal', {}), 'Get CT', 'Saved: “Get CT”.'],
    ['typed text, without escape sequences', at(bank, 'goal', {}), 'CT\u001B[31m!', 'Saved: “CT!”.'],
    ['the letter b as a text answer', at(bank, 'goal', {}), 'b', 'Saved: “b”.'],
    ['a skipped text', at(bank, 'obstacle', {}), '', 'Saved: skipped.'],
  ])('the Saved line: %s', (_name, from, input, expected) => {
    expect(stepPlain(bank, from, input).lines[0]).toBe(expected);
  });

  it('a re-ask keeps the same state object (nothing to save) and prints one line', () => {
    const start = startFlow(bank);
    const step = stepPlain(bank, start, '9');
    expect(step.state).toBe(start);
    expect(step.lines).toEqual(['“9” is not between 1 and 2. Type the number of your answer, 1 to 2, and press Enter.']);
  });

  it("passes the reducer's own refusal on, with what to type, and no Saved line", () => {
    const { state, printed } = steps(['1', '', '']);
    expect(state).toMatchObject({ current: 'site_types', error: { code: 'chooseAtLeastOne' } });
    expect(printed[2]).toEqual(['Choose at least one option. Type the numbers of your answers, 1 to 5, separated by commas, and press Enter.']);
    expect(steps(['x'.repeat(13)], at(bank, 'goal')).printed[0]).toEqual(['Keep it under 12 characters.']);
    expect(steps([''], at(bank, 'goal')).printed[0]).toEqual(['Type an answer, or go back.']);
  });

  it('an exclusive option with others is refused in words, and taken alone', () => {
    const extras = at(bank, 'extras', { pathway: 'post_primary', discipline: 'mid', site_types: ['hospital'] });
    const { state, printed } = steps(['1, 3', 'nothing', '3'], extras);
    expect(printed[0]).toEqual(["Nothing else can't be combined with other answers. Type the numbers of your answers, 1 to 3, separated by commas, and press Enter."]);
    expect(printed[1]?.[0]).toMatch(/^“nothing” is not a number\./);
    expect(printed[2]?.[0]).toBe('Saved: Nothing else.');
    expect(state).toMatchObject({ current: 'state', answers: { extras: ['none'] } });
  });

  it('the state question: a name first; ? lists every option, numbered; the name or the number answers', () => {
    const state = at(bank, 'state', { pathway: 'post_primary' });
    const listed = stepPlain(bank, state, '?').lines;
    expect(listed.filter((l) => /^\d+\. /.test(l))).toHaveLength(8);
    expect(listed).toContain('7. Oregon');
    expect(stepPlain(bank, state, '7').lines[0]).toBe('Saved: Oregon.');
    expect(stepPlain(bank, state, 'new mex').lines[0]).toBe('Saved: New Mexico.');
  });

  it('? prints the whole question again; < on the first question says why nothing happened', () => {
    const { printed } = steps(['?', '<']);
    expect(printed[0]?.slice(0, 2)).toEqual(['', 'Question 1 of 7, About you: Which path are you on? (one answer)']);
    expect(printed[1]).toEqual(['This is the first question, so there is nothing to go back to.']);
  });

  it('< goes back with the answer kept as current, by name', () => {
    const { state, printed } = steps(['2', '<']);
    expect(state).toMatchObject({ current: 'pathway', answers: { pathway: 'sonography_student' } });
    expect(printed[1]).toContain('(current: Sonography student — press Enter to keep it)');
  });

  it('< goes back from a text question, where b is an answer', () => {
    const goal = at(bank, 'goal', ANSWERED);
    expect(steps(['<'], goal).state).toMatchObject({ current: 'state' });
    expect(steps(['b'], goal).state).toMatchObject({ current: 'obstacle', answers: { goal: 'b' } });
  });

  it('edits from the review and comes back to it, saying what was saved; Enter then finishes', () => {
    const review = startFlow(bank, { answers: ANSWERED });
    const { state, printed } = steps(['5', 'new y', ''], review);
    expect(printed[0]).toContain('Question 5 of 7, Your site, changing your answer: Which state? (one answer)');
    expect(printed[0]).toContain('(current: New Mexico — press Enter to keep it)');
    expect(printed[1]?.[0]).toBe('Saved: New York.');
    expect(printed[1]).toContain('5. State: New York');
    expect(state).toMatchObject({ screen: 'done', answers: { state: 'NY' } });
    expect(printed[2]).toEqual(['', 'Your answers are saved. Here is your plan.']);
  });

  it('a change that reveals a question asks it before the review, and < there explains', () => {
    const review = startFlow(bank, { answers: ANSWERED });
    const { state, printed } = steps(['1', '2', '<'], review);
    expect(state).toMatchObject({ screen: 'question', current: 'spi', editing: true });
    expect(printed[2]).toEqual(['Answer this question first; then you return to the review.']);
    expect(steps(['1'], state).state.screen).toBe('review');
  });

  it('< from the review goes to the last question', () => {
    const { state } = steps(['<'], startFlow(bank, { answers: ANSWERED }));
    expect(state).toMatchObject({ screen: 'question', current: 'obstacle' });
  });

  it('at a question, < while changing an answer returns to the review', () => {
    expect(steps(['<'], at(bank, 'state', ANSWERED, true)).state.screen).toBe('review');
  });
});

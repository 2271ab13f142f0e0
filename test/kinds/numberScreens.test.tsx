import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { firstFrame } from '../../src/cli/firstFrame.js';
import { startFlow } from '../../src/core/flow/flowReducer.js';
import { questionLines } from '../../src/plain/questionLines.js';
import { stepPlain } from '../../src/plain/stepPlain.js';
import { spokenQuestion } from '../../src/ui/spokenScreen.js';
import { numberBank } from '../fixtures/numberBank.js';
import { keys, renderApp } from '../ui/helpers.js';

const bank = numberBank();
const before = { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR', obstacle: '' };
const saved = { answers: before, current: 'commute_minutes', screen: 'question' as const };
const atCommute = startFlow(bank, saved);

afterEach(cleanup);

describe('a number question in plain mode', () => {
  it('says the range and the unit, and what to type', () => {
    expect(questionLines(bank, atCommute)).toEqual([
      'Question 6 of 6, Your site: How many minutes, one way, could you travel to a clinical site? (a number of minutes, 0 to 300)',
      'On a normal clinical day.',
      'Type a number from 0 to 300 (minutes) and press Enter.',
      'Type < (the less-than sign) to go back, or ? to repeat the question.',
    ]);
  });

  it.each<[string, string]>([
    ['45', 'Saved: 45 minutes.'],
    ['45 minutes', 'Saved: 45 minutes.'],
    [' 0 ', 'Saved: 0 minutes.'],
  ])('takes %j and says what was saved', (line, said) => {
    const step = stepPlain(bank, atCommute, line);
    expect(step.lines[0]).toBe(said);
    expect(step.state.screen).toBe('review');
  });

  it.each<[string, string]>([
    ['400', '400 is more than 300 minutes: type 300 or less.'],
    ['an hour', 'Type a whole number from 0 to 300, digits only.'],
    ['', 'Type a number from 0 to 300, or go back.'],
  ])('refuses %j in words that say the range, and stays', (line, why) => {
    const step = stepPlain(bank, atCommute, line);
    expect(step.lines).toEqual([why]);
    expect(step.state.current).toBe('commute_minutes');
  });

  it('offers the current answer on Enter when coming back to it', () => {
    const back = startFlow(bank, { ...saved, answers: { ...before, commute_minutes: '90' } });
    expect(questionLines(bank, back)).toContain('(current: 90 minutes — press Enter to keep it)');
    expect(stepPlain(bank, back, '').state.answers.commute_minutes).toBe('90');
  });
});

describe('a number question on the Ink screen', () => {
  it('takes digits, ignores letters, erases with Backspace, and saves on Enter', async () => {
    const app = await renderApp({ bank, saved });
    expect(app.screen()).toContain('› 0 to 300 minutes');
    expect(app.screen()).toContain('enter confirm');
    await app.pressAll('4', '5');
    app.stdin.write('x');
    await app.press('0');
    expect(app.screen()).toContain('› 450');
    await app.press(keys.backspace);
    expect(app.screen()).toContain('› 45 ');
    await app.press(keys.enter);
    await app.waitForText('Review');
    expect(app.lastState()?.answers.commute_minutes).toBe('45');
  });

  it('refuses a number out of range with the reducer’s words, and keeps the digits', async () => {
    const app = await renderApp({ bank, saved });
    await app.pressAll('4', '0', '0');
    await app.press(keys.enter);
    expect(app.screen()).toContain('! 400 is more than 300 minutes: type 300 or less.');
    expect(app.screen()).toContain('› 400');
    expect(app.lastState()?.answers).not.toHaveProperty('commute_minutes');
  });

  it('goes back with ← on an empty field', async () => {
    const app = await renderApp({ bank, saved });
    await app.press(keys.left);
    await app.waitForText('Your biggest obstacle?');
  });

  it('is told to a screen reader as a range, and left to Ink by the first frame', () => {
    const question = bank.questions.find((q) => q.id === 'commute_minutes')!;
    expect(spokenQuestion(question, before, { index: 6, total: 6, canGoBack: true })).toContain('(a number from 0 to 300 minutes.)');
    expect(firstFrame(bank, atCommute, { columns: 80, rows: 30, color: false })).toBeNull();
  });
});

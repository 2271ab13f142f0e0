import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderApp } from './helpers.js';
import { longBank } from './longBank.js';

afterEach(cleanup);

const lineCount = (screen: string) => screen.split('\n').length;
const note = 'Welcome back: your answers were saved. Picking up at question 1 of 4.';
const allAnswered = { many: 'alpha', several: ['alpha'], where: 'AA', why: '' };

describe.each([12, 16, 24])('a %i-row terminal', (rows) => {
  it.each<[string, { current: string; note?: string }]>([
    ['a long single choice, with a note', { current: 'many', note }],
    ['a long multi choice', { current: 'several' }],
    ['a long filter list', { current: 'where' }],
    ['a text answer', { current: 'why' }],
  ])('keeps %s shorter than the terminal', async (_name, { current, note: shownNote }) => {
    const app = await renderApp({ bank: longBank(), rows, note: shownNote, saved: { answers: allAnswered, current, screen: 'question' } });
    expect(lineCount(app.screen())).toBeLessThan(rows);
    expect(app.screen()).toContain('Question');
    expect(app.screen()).toContain('esc save & quit');
  });

  it('keeps review shorter than the terminal', async () => {
    const app = await renderApp({ bank: longBank(), rows, note, saved: { answers: allAnswered, screen: 'review' } });
    expect(lineCount(app.screen())).toBeLessThan(rows);
    expect(app.screen()).toContain('Review your answers');
  });
});

describe('long lists in 12 rows', () => {
  it('windows a multi choice with ↑/↓ more markers and keeps the highlighted row visible', async () => {
    const app = await renderApp({ bank: longBank(), rows: 12, saved: { answers: { many: 'alpha' }, current: 'several', screen: 'question' } });
    expect(app.screen()).toMatch(/↓ \d+ more/);
    // Long lists are numbered too: typing 15 moves there.
    expect(app.screen()).toMatch(/ 1\. Option/);
    for (let i = 0; i < 14; i += 1) await app.press(keys.down);
    expect(app.screen()).toMatch(/❯ \[ \] +\d+\. Option oscar/);
    expect(app.screen()).toMatch(/↑ \d+ more/);
    expect(lineCount(app.screen())).toBeLessThan(12);
    await app.press(keys.enter);
    expect(app.screen()).toContain('! Choose at least one option.');
    expect(lineCount(app.screen())).toBeLessThan(12);
  });

  it('windows a single choice and still preselects an answer beyond the first page', async () => {
    const app = await renderApp({ bank: longBank(), rows: 12, saved: { answers: { many: 'papa' }, current: 'many', screen: 'question' } });
    expect(app.screen()).toMatch(/❯ +\d+\. Option papa/);
    // The same "N more" markers as every other list, above and below the window around papa.
    expect(app.screen()).toMatch(/↑ \d+ more/);
    expect(app.screen()).toMatch(/↓ \d+ more/);
    await app.press(keys.enter);
    await app.waitForText('Which of these apply?');
    expect(app.lastState()?.answers.many).toBe('papa');
  });

  it('offers Skip on an optional single choice', async () => {
    const app = await renderApp({ bank: longBank(), rows: 40, saved: { answers: {}, current: 'many', screen: 'question' } });
    await app.press(keys.up);
    expect(app.screen()).toMatch(/❯ +\d+\. Skip this question/);
    await app.press(keys.enter);
    await app.waitForText('Which of these apply?');
    expect(app.lastState()?.answers.many).toBe('');
  });
});

import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys, postPrimaryAnswers, renderApp, waitFor, type Saved } from './helpers.js';

afterEach(cleanup);

const atReview: Saved = { answers: postPrimaryAnswers, screen: 'review' };

describe('review', () => {
  it('lists every visible answer with its option labels, then the finish entry', async () => {
    const app = await renderApp({ saved: atReview });
    const lines = app.screen().split('\n');
    expect(lines).toEqual([
      'Review your answers (5). Choose one to change it.',
      '❯ Which path are you on?: ARRT post-primary',
      '  Which discipline?: Computed tomography',
      '  Which kinds of site?: Hospital',
      '  Which state?: Oregon',
      '  Your biggest obstacle?: (skipped)',
      '  Looks right — show my plan',
      '↑↓ move · enter change answer · p show my plan · ← back · esc save & quit',
    ]);
  });

  it('edits an answer with Enter and comes back to review on it', async () => {
    const app = await renderApp({ saved: atReview });
    await app.pressAll(keys.down, keys.down, keys.down);
    expect(app.screen()).toContain('❯ Which state?: Oregon');
    await app.press(keys.enter);
    expect(app.screen()).toContain('Question 4 of 5 · Your site · changing an answer');
    expect(app.screen()).toContain('❯ Oregon');
    expect(app.screen()).toContain('← (empty field) back to review');
    await app.press('tex');
    await app.press(keys.enter);
    await app.waitForText('Review your answers');
    expect(app.screen()).toContain('❯ Which state?: Texas');
    expect(app.lastState()).toMatchObject({ screen: 'review', answers: { ...postPrimaryAnswers, state: 'TX' } });
  });

  it('asks what a changed answer reveals before returning to review', async () => {
    const app = await renderApp({ saved: atReview });
    await app.press(keys.enter);
    await app.waitForText('Which path are you on?');
    await app.press(keys.down);
    await app.press(keys.enter);
    await app.waitForText('Which discipline?');
    expect(app.lastState()?.answers).not.toHaveProperty('discipline');
    // Review needs an answer here first, so the key help does not offer going back to it.
    expect(app.screen()).not.toContain('back to review');
    await app.press(keys.enter);
    await app.waitForText('Have you passed SPI?');
    await app.press(keys.enter);
    await app.waitForText('Review your answers (6)');
    expect(app.screen()).toContain('Have you passed SPI?: Passed');
  });

  it('goes back to the last question with ←', async () => {
    const app = await renderApp({ saved: atReview });
    await app.press(keys.left);
    expect(app.screen()).toContain('Your biggest obstacle?');
  });

  it('shows the plan with p from anywhere in the list', async () => {
    const app = await renderApp({ saved: atReview });
    await app.press(keys.down);
    await app.press('p');
    await waitFor(() => app.exits.length > 0, 'onExit');
    expect(app.exits).toEqual(['done']);
  });

  it('finishes from the last entry: onExit("done") after saving the done state', async () => {
    const app = await renderApp({ saved: atReview });
    await app.press(keys.up);
    expect(app.screen()).toContain('❯ Looks right — show my plan');
    await app.press(keys.enter);
    await app.waitForText('Your answers are saved.');
    await waitFor(() => app.exits.length > 0, 'onExit');
    expect(app.exits).toEqual(['done']);
    expect(app.lastState()?.screen).toBe('done');
  });
});

describe('hostile text in a saved answer', () => {
  // A window-title OSC, an OSC 52 clipboard write ("rm -rf ~"), a right-to-left override, a zero-width space,
  // a carriage return and a backspace: what an `--answers` file or a paste could carry into the obstacle.
  const hostile = '\u001B]0;TITLE\u0007\u001B]52;c;cm0gLXJmIH4=\u0007Night\u202Eshifts\u200B\r\bsoon\u001B[2J';

  it('reaches the review screen as plain text: no escape, control, bidi or invisible character', async () => {
    const app = await renderApp({ saved: { answers: { ...postPrimaryAnswers, obstacle: hostile }, current: null, screen: 'review' } });
    const frame = app.lastFrame() ?? '';
    expect(app.screen()).toContain('Your biggest obstacle?: Nightshifts soon');
    expect(frame).not.toContain('\u001B]');
    expect(frame).not.toContain('\u001B[2J');
    // eslint-disable-next-line no-control-regex
    expect(frame.replace(/\u001B\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202E\u200B]/);
  });

  it('reaches the text field as plain text when the person changes it', async () => {
    const app = await renderApp({ saved: { answers: { ...postPrimaryAnswers, obstacle: hostile }, current: 'obstacle', screen: 'question' } });
    expect(app.screen()).toContain('Nightshifts soon');
    expect(app.lastFrame()).not.toContain('\u001B]');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { keys, renderApp } from './helpers.js';

afterEach(cleanup);

describe('single choice', () => {
  it('shows where you are, moves with arrows and saves the answer on Enter', async () => {
    const app = await renderApp();
    expect(app.screen()).toContain('Question 1 of 5 · About you');
    expect(app.screen()).toContain('Which path are you on?');
    expect(app.screen()).toContain('❯ 1. ARRT post-primary');
    await app.press(keys.down);
    expect(app.screen()).toContain('❯ 2. Sonography student');
    await app.press(keys.enter);
    expect(app.screen()).toContain('Question 2 of 6');
    expect(app.screen()).toContain('Which discipline?');
    expect(app.lastState()?.answers).toEqual({ pathway: 'sonography_student' });
    expect(app.changes).toHaveLength(1);
  });

  it('offers only the options the earlier answers allow', async () => {
    const app = await renderApp({ saved: { answers: { pathway: 'sonography_student' }, current: 'discipline', screen: 'question' } });
    expect(app.screen()).toContain('Abdomen');
    expect(app.screen()).not.toContain('Computed tomography');
  });

  it('goes back with ←, with the previous answer highlighted', async () => {
    const app = await renderApp();
    await app.pressAll(keys.down, keys.enter);
    await app.waitForText('Which discipline?');
    await app.press(keys.left);
    expect(app.screen()).toContain('Which path are you on?');
    expect(app.screen()).toContain('❯ 2. Sonography student');
    expect(app.lastState()).toMatchObject({ current: 'pathway', answers: { pathway: 'sonography_student' } });
  });

  it('drops the answers a changed pathway hides (spi_status) and counts questions anew', async () => {
    const app = await renderApp({ saved: { answers: { pathway: 'sonography_student', discipline: 'abdomen', spi_status: 'passed' }, current: 'site_types', screen: 'question' } });
    expect(app.screen()).toContain('Question 4 of 6');
    await app.pressAll(keys.left, keys.left, keys.left);
    await app.waitForText('Which path are you on?');
    await app.press(keys.up);
    expect(app.screen()).toContain('❯ 1. ARRT post-primary');
    await app.press(keys.enter);
    await app.waitForText('Question 2 of 5');
    const answers = app.lastState()?.answers;
    expect(answers).toEqual({ pathway: 'post_primary' });
    expect(answers).not.toHaveProperty('spi_status');
  });

  it('moves to an option with its number or its first letter; only Enter chooses', async () => {
    const app = await renderApp();
    await app.press('2');
    expect(app.screen()).toContain('❯ 2. Sonography student');
    expect(app.lastState()).toBeUndefined();
    await app.press('a');
    expect(app.screen()).toContain('❯ 1. ARRT post-primary');
    await app.press('2');
    await app.press(keys.enter);
    await app.waitForText('Which discipline?');
    expect(app.lastState()?.answers).toEqual({ pathway: 'sonography_student' });
  });

  it('answers only the question on screen when a digit and Enter arrive together, twice', async () => {
    const app = await renderApp();
    app.stdin.write('2\r2\r');
    await app.waitForText('Which discipline?');
    expect(app.lastState()?.answers.pathway).toBe('sonography_student');
  });

  it('shows a note on the first screen only', async () => {
    const app = await renderApp({ note: 'Welcome back — resuming at question 1.' });
    expect(app.screen().split('\n')[0]).toBe('Welcome back — resuming at question 1.');
    await app.press(keys.down);
    expect(app.screen()).toContain('Welcome back');
    await app.press(keys.enter);
    expect(app.screen()).toContain('Which discipline?');
    expect(app.screen()).not.toContain('Welcome back');
  });
});

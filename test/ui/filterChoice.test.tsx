import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderApp, type Saved } from './helpers.js';

afterEach(cleanup);

const atState: Saved = { answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'] }, current: 'state', screen: 'question' };

describe('filter choice', () => {
  it('narrows the list as you type and picks with ↓ and Enter', async () => {
    const app = await renderApp({ saved: atState });
    expect(app.screen()).toContain('Texas');
    await app.press('new');
    const narrowed = app.screen();
    expect(narrowed).toContain('Filter: new');
    expect(narrowed).toContain('❯ New Mexico');
    expect(narrowed).toContain('New York');
    expect(narrowed).not.toContain('Texas');
    expect(narrowed).not.toContain('North Dakota');
    await app.press(keys.down);
    expect(app.screen()).toContain('❯ New York');
    await app.press(keys.enter);
    await app.waitForText('Your biggest obstacle?');
    expect(app.lastState()?.answers.state).toBe('NY');
  });

  it('types letters one by one, erases with Backspace and treats b as a letter', async () => {
    const app = await renderApp({ saved: atState });
    await app.pressAll('n', 'o', 'b');
    expect(app.screen()).toContain('Filter: nob');
    expect(app.screen()).toContain('No match for “nob”');
    expect(app.lastState()).toBeUndefined();
    await app.press(keys.backspace);
    expect(app.screen()).toContain('❯ North Dakota');
    await app.press(keys.enter);
    await app.waitForText('Your biggest obstacle?');
    expect(app.lastState()?.answers.state).toBe('ND');
  });

  it('goes back with ← only when the filter is empty', async () => {
    const app = await renderApp({ saved: atState });
    await app.press('x');
    app.stdin.write(keys.left);
    await app.press(keys.backspace);
    expect(app.screen()).toContain('Which state?');
    await app.press(keys.left);
    expect(app.screen()).toContain('Which kinds of site?');
  });

  it('highlights the saved answer when coming back', async () => {
    const app = await renderApp({ saved: { answers: { ...atState.answers, state: 'TX' }, current: 'state', screen: 'question' } });
    expect(app.screen()).toContain('❯ Texas');
  });
});

import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys, nextTurn, renderApp, type Saved } from './helpers.js';

afterEach(cleanup);

const atObstacle: Saved = { answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR' }, current: 'obstacle', screen: 'question' };

describe('text answer', () => {
  it('saves what was typed on Enter', async () => {
    const app = await renderApp({ saved: atObstacle });
    expect(app.screen()).toContain('optional: press enter to skip');
    await app.press('No site near me');
    await app.press('b');
    expect(app.screen()).toContain('No site near meb');
    await app.press(keys.backspace);
    await app.press(keys.enter);
    await app.waitForText('Review your answers');
    expect(app.lastState()?.answers.obstacle).toBe('No site near me');
  });

  it('accepts an empty optional answer', async () => {
    const app = await renderApp({ saved: atObstacle });
    await app.press(keys.enter);
    await app.waitForText('Review your answers');
    expect(app.lastState()?.answers.obstacle).toBe('');
    expect(app.screen()).toContain('Your biggest obstacle?: (skipped)');
  });

  it('shows the saved text, moves the cursor with ← while there is text, and goes back with ← once empty', async () => {
    const app = await renderApp({ saved: { answers: { ...atObstacle.answers, obstacle: 'Distance' }, current: 'obstacle', screen: 'question' } });
    expect(app.screen()).toContain('Distance');
    // Moving the cursor changes only its (stripped) highlight, so write without waiting for a new frame.
    app.stdin.write(keys.left);
    await nextTurn();
    await app.press(keys.backspace);
    expect(app.screen()).toContain('Your biggest obstacle?');
    expect(app.screen()).toContain('Distane');
    app.stdin.write('\u001B[C'); // → back to the end
    await nextTurn();
    for (let i = 0; i < 'Distane'.length; i += 1) await app.press(keys.backspace);
    expect(app.screen()).toContain('optional: press enter to skip');
    await app.press(keys.left);
    expect(app.screen()).toContain('Which state?');
  });
});

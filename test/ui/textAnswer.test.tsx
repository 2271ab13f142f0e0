import chalk from 'chalk';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { keys, renderApp, waitFor, type AppRun, type Saved } from './helpers.js';

afterEach(cleanup);

/**
 * Writes a key that only moves the text cursor and waits until the (colored) frame shows it moved: the
 * cursor is drawn in inverse, which the stripped screen does not show. Without waiting, a key written next
 * can reach the field before it has seen the move (a race that shows under load).
 */
async function moveCursor(app: AppRun, key: string): Promise<void> {
  const before = app.lastFrame();
  app.stdin.write(key);
  await waitFor(() => app.lastFrame() !== before, 'the cursor to move');
}

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
    // Colors on, so the frame shows where the (inverse) text cursor is.
    const level = chalk.level;
    chalk.level = 1;
    onTestFinished(() => {
      chalk.level = level;
    });
    const app = await renderApp({ saved: { answers: { ...atObstacle.answers, obstacle: 'Distance' }, current: 'obstacle', screen: 'question' } });
    expect(app.screen()).toContain('Distance');
    await moveCursor(app, keys.left);
    await app.press(keys.backspace);
    expect(app.screen()).toContain('Your biggest obstacle?');
    expect(app.screen()).toContain('Distane');
    await moveCursor(app, '\u001B[C'); // → back to the end
    for (let i = 0; i < 'Distane'.length; i += 1) await app.press(keys.backspace);
    expect(app.screen()).toContain('optional: press enter to skip');
    await app.press(keys.left);
    expect(app.screen()).toContain('Which state?');
  });
});

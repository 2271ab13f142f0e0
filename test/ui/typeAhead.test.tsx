import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderApp, waitFor, type Saved } from './helpers.js';

afterEach(cleanup);

const atSiteTypes: Saved = { answers: { pathway: 'post_primary', discipline: 'ct' }, current: 'site_types', screen: 'question' };
const atObstacle: Saved = { answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR' }, current: 'obstacle', screen: 'question' };

/**
 * Keys that reach the app in one read (typed while it loads, over a slow connection, pasted) must mean
 * what they mean one at a time. Each row writes them as one chunk, and also as separate writes with no
 * render in between.
 */
describe('keys that arrive together', () => {
  it.each<[string, Saved | undefined, string[], Record<string, unknown>]>([
    ['↓ then Enter chooses the option ↓ moved to', undefined, [keys.down, keys.enter], { pathway: 'sonography_student' }],
    ['a digit then Enter chooses that option once', undefined, ['2', keys.enter], { pathway: 'sonography_student' }],
    ['Space, ↓, Space, Enter ticks two options', atSiteTypes, [keys.space, keys.down, keys.space, keys.enter], { site_types: ['hospital', 'imaging_center'] }],
    ['text then Enter saves the text', atObstacle, ['Night shifts', keys.enter], { obstacle: 'Night shifts' }],
    ['text, Backspace, Enter', atObstacle, ['Nights', keys.backspace, keys.enter], { obstacle: 'Night' }],
  ])('%s', async (_name, saved, sequence, expected) => {
    for (const together of [true, false]) {
      const app = await renderApp({ saved });
      if (together) app.stdin.write(sequence.join(''));
      else for (const key of sequence) app.stdin.write(key);
      await waitFor(() => app.changes.length > 0, 'an answer');
      expect(app.changes[0]!.answers, together ? 'as one chunk' : 'as separate writes').toMatchObject(expected);
      app.unmount();
    }
  });

  it('Ctrl+C after a letter in the same read still cancels', async () => {
    const app = await renderApp();
    app.stdin.write('x\u0003');
    await waitFor(() => app.exits.length > 0, 'onExit');
    expect(app.exits).toEqual(['cancel']);
  });
});

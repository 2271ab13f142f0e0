import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderApp, waitFor, type Saved } from './helpers.js';

afterEach(cleanup);

const views: Array<[string, Saved]> = [
  ['a single choice', { answers: {}, current: 'pathway', screen: 'question' }],
  ['a multi choice', { answers: { pathway: 'post_primary', discipline: 'ct' }, current: 'site_types', screen: 'question' }],
  ['a filter', { answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'] }, current: 'state', screen: 'question' }],
  ['a text field', { answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR' }, current: 'obstacle', screen: 'question' }],
  ['review', { answers: { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital'], state: 'OR', obstacle: '' }, screen: 'review' }],
];

describe('leaving', () => {
  it.each(views)('Esc on %s: onExit("quit"), once', async (_name, saved) => {
    const app = await renderApp({ saved });
    app.stdin.write(keys.esc);
    await waitFor(() => app.exits.length > 0, 'onExit');
    app.stdin.write(keys.ctrlC);
    expect(app.exits).toEqual(['quit']);
    expect(app.changes).toEqual([]);
  });

  it.each(views)('Ctrl+C on %s: onExit("cancel")', async (_name, saved) => {
    const app = await renderApp({ saved });
    app.stdin.write(keys.ctrlC);
    await waitFor(() => app.exits.length > 0, 'onExit');
    expect(app.exits).toEqual(['cancel']);
  });

  it('has saved every answer before quitting', async () => {
    const app = await renderApp();
    await app.press(keys.enter);
    await app.waitForText('Which discipline?');
    app.stdin.write(keys.esc);
    await waitFor(() => app.exits.length > 0, 'onExit');
    expect(app.lastState()?.answers).toEqual({ pathway: 'post_primary' });
  });
});

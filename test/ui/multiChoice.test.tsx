import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderApp, type Saved } from './helpers.js';

afterEach(cleanup);

const atSiteTypes: Saved = { answers: { pathway: 'post_primary', discipline: 'ct' }, current: 'site_types', screen: 'question' };

describe('multi choice', () => {
  it('toggles with Space, showing [x] and [ ]', async () => {
    const app = await renderApp({ saved: atSiteTypes });
    expect(app.screen()).toContain('❯ [ ] 1. Hospital');
    await app.press(keys.space);
    expect(app.screen()).toContain('❯ [x] 1. Hospital');
    await app.press(keys.space);
    expect(app.screen()).toContain('❯ [ ] 1. Hospital');
    expect(app.changes).toHaveLength(0);
  });

  it('refuses Enter with nothing chosen, says why, and stays', async () => {
    const app = await renderApp({ saved: atSiteTypes });
    await app.press(keys.enter);
    expect(app.screen()).toContain('! Choose at least one option.');
    expect(app.screen()).toContain('Which kinds of site?');
    expect(app.lastState()).toMatchObject({ current: 'site_types', error: { code: 'chooseAtLeastOne' } });
    expect(app.lastState()?.answers).not.toHaveProperty('site_types');
  });

  it('saves the chosen options in list order on Enter and moves on', async () => {
    const app = await renderApp({ saved: atSiteTypes });
    await app.pressAll(keys.down, keys.down, keys.space, keys.up, keys.up, keys.space);
    expect(app.screen()).toContain('[x] 3. Small clinic');
    await app.press(keys.enter);
    await app.waitForText('Which state?');
    expect(app.lastState()?.answers.site_types).toEqual(['hospital', 'small_clinic']);
  });

  it('keeps a selection made with keys that arrive together (Space then Enter)', async () => {
    const app = await renderApp({ saved: atSiteTypes });
    app.stdin.write(keys.space);
    app.stdin.write(keys.enter);
    await app.waitForText('Which state?');
    expect(app.lastState()?.answers.site_types).toEqual(['hospital']);
  });

  it('moves with a digit, ticks with Space, and shows the saved selection when coming back', async () => {
    const app = await renderApp({ saved: atSiteTypes });
    await app.press('2');
    expect(app.screen()).toContain('❯ [ ] 2. Imaging center');
    await app.press(keys.space);
    expect(app.screen()).toContain('❯ [x] 2. Imaging center');
    await app.press(keys.enter);
    await app.waitForText('Which state?');
    await app.press(keys.left);
    expect(app.screen()).toContain('[x] 2. Imaging center');
    expect(app.screen()).toContain('[ ] 1. Hospital');
  });
});

import chalk from 'chalk';
import { cleanup } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseTheme, largeTheme, normalTheme, type Theme } from '../../src/ui/theme.js';
import { keys, renderApp } from './helpers.js';
import { renderDemo, stepToPlan } from './demoHelpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

const lines = (screen: string) => screen.split('\n');

describe('the large theme (--large, CLINICAL_PATH_THEME=large)', () => {
  let level: typeof chalk.level;
  beforeEach(() => {
    // Force colors, as in a real terminal, so dim text would show up as ESC[2m.
    level = chalk.level;
    chalk.level = 1;
  });
  afterEach(() => {
    chalk.level = level;
  });

  it('is chosen by flag or environment', () => {
    expect(chooseTheme(true, {})).toBe(largeTheme);
    expect(chooseTheme(undefined, { CLINICAL_PATH_THEME: 'large' })).toBe(largeTheme);
    expect(chooseTheme(undefined, {})).toBe(normalTheme);
    expect(chooseTheme(false, { CLINICAL_PATH_THEME: 'normal' })).toBe(normalTheme);
  });

  it('has no dim style anywhere, in either theme (dim text fades out on light backgrounds)', () => {
    for (const theme of [largeTheme, normalTheme]) for (const style of Object.values(theme.styles)) expect(style).not.toHaveProperty('dimColor');
  });

  it('draws no dim text, pads the sides and leaves a blank line between options', async () => {
    const normal = await renderDemo({ persona: 'turned-down', theme: normalTheme });
    expect(normal.lastFrame()).not.toContain('\u001B[2m');
    cleanup();
    const run = await renderDemo({ persona: 'turned-down', theme: largeTheme });
    expect(run.lastFrame()).not.toContain('\u001B[2m');
    const screen = lines(run.screen());
    expect(screen.every((line) => line === '' || line.startsWith('  '))).toBe(true);
    // Dana's answer shows its hint under it, then a blank line before the next option.
    const next = screen.findIndex((line) => line.includes('Sonography student in a program'));
    expect(screen[next - 1]?.trim()).toBe('');
    expect(screen.slice(0, next).join(' ')).toContain("← Dana's answer");
    await run.press(keys.space);
    await run.press(keys.space);
    const multi = lines(run.screen());
    // Whose answer it is on its own line under the option, then a blank line before the next option.
    const ticked = multi.findIndex((line) => line.includes('[x] Radiography (R)'));
    expect(multi[ticked + 1]?.trim()).toBe("← Dana's answer");
    expect(multi[ticked + 2]?.trim()).toBe('');
    expect(multi.slice(ticked + 3).find((line) => line.trim() !== '')).toContain('[ ] Nuclear medicine');
  });

  it('keeps no dim text in the plan either', async () => {
    const run = await renderDemo({ persona: 'turned-down', theme: largeTheme, color: true, rows: 60 });
    await stepToPlan(run);
    expect(run.screen()).toContain('Why:');
    expect(run.frames.slice(-1)[0]).not.toContain('\u001B[2m');
  });

  it('spaces the interview’s views too, inside the terminal height', async () => {
    const run = await renderApp({ rows: 12, theme: largeTheme, saved: { answers: { pathway: 'post_primary', discipline: 'ct' }, current: 'site_types', screen: 'question' } });
    const screen = lines(run.screen());
    expect(screen.length).toBeLessThan(12);
    const first = screen.findIndex((line) => line.includes('Hospital'));
    expect(screen[first + 1]?.trim()).toBe('');
    expect(run.lastFrame()).not.toContain('\u001B[2m');
  });
});

describe.each<[string, Theme]>([
  ['normal', normalTheme],
  ['large', largeTheme],
])('frame height, %s theme', (_name, theme) => {
  it.each([12, 16, 24])('stays shorter than a %i-row terminal on every demo screen', async (rows) => {
    const run = await renderDemo({ persona: 'turned-down', theme, rows });
    const check = () => expect(lines(run.screen()).length).toBeLessThan(rows);
    check();
    await run.press(keys.space);
    check();
    await run.press('e');
    check();
    await run.press(keys.left);
    await stepToPlan(run);
    check();
    await run.press('c');
    check();
    await run.press(keys.enter);
    await run.waitForText('vs Marcus');
    check();
  });

  it('windows the picker in a 7-row terminal', async () => {
    const run = await renderDemo({ theme, rows: 7 });
    expect(lines(run.screen()).length).toBeLessThan(7);
    expect(run.screen()).toMatch(/↓ \d more/);
    for (let i = 0; i < 4; i += 1) await run.press(keys.down);
    expect(run.screen()).toMatch(/❯ (5\. )?Jordan/);
    expect(lines(run.screen()).length).toBeLessThan(7);
  });
});

describe('screen readers (INK_SCREEN_READER=true)', () => {
  beforeEach(() => {
    vi.stubEnv('INK_SCREEN_READER', 'true');
  });

  it('says the question once, then only the highlighted option: focus is not choice', async () => {
    const run = await renderApp();
    const first = run.screen();
    expect(first).toContain('Question 1 of');
    expect(first).toContain('(2 options, choose one.)');
    expect(first).toContain('Up and down arrows, a number or a letter move; Enter chooses.');
    expect(first).toContain('1 of 2: ARRT post-primary.');
    expect(first).not.toContain('selected');
    expect(first).not.toContain('❯');
    await run.press(keys.down);
    expect(run.lastFrame()).toContain('2 of 2: Sonography student.');
    expect(run.lastFrame()).not.toContain('1 of 2: ARRT post-primary');
  });

  it('says whether the highlighted box is ticked', async () => {
    const run = await renderApp({ saved: { answers: { pathway: 'post_primary', discipline: 'ct' }, current: 'site_types', screen: 'question' } });
    expect(run.lastFrame()).toContain('1 of 3: Hospital. Not ticked.');
    await run.press(keys.space);
    expect(run.lastFrame()).toContain('1 of 3: Hospital. Ticked.');
  });

  it('reads every option of the demo’s question, the persona’s answer in words', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    expect(run.screen()).toContain("1 of 4: Registered technologist working toward an ARRT post-primary credential. e.g. an R.T.(R) adding CT, MRI or mammography. Dana's answer.");
    expect(run.screen()).toContain('2 of 4: Sonography student in a program.');
    expect(run.screen()).not.toContain('selected');
    await run.press(keys.space);
    await run.press(keys.space);
    expect(run.screen()).toContain("1 of 5: Radiography (R). Dana's answer. Ticked.");
    expect(run.screen()).toContain('3 of 5: Radiation therapy (T). Not ticked.');
  });
});

import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { firstFrame } from '../../src/cli/firstFrame.js';
import { startFlow } from '../../src/core/flow/flowReducer.js';
import { renderPlanText } from '../../src/render/planText.js';
import { largeTheme, normalTheme, type Theme } from '../../src/ui/theme.js';
import { tinyBank } from '../fixtures/tinyBank.js';
import { samplePlan } from '../render/planSample.js';

/** xterm's default 16 colours (its XTerm resources), as Ink's colour names. */
const XTERM: Record<string, string> = {
  black: '#000000', red: '#cd0000', green: '#00cd00', yellow: '#cdcd00', blue: '#0000ee', magenta: '#cd00cd', cyan: '#00cdcd', white: '#e5e5e5',
  gray: '#7f7f7f', grey: '#7f7f7f', blackBright: '#7f7f7f', redBright: '#ff0000', greenBright: '#00ff00', yellowBright: '#ffff00', blueBright: '#5c5cff',
  magentaBright: '#ff00ff', cyanBright: '#00ffff', whiteBright: '#ffffff',
};
/** The two palettes we target: xterm's default (black on white) and its reverse video (white on black). */
const BACKGROUNDS = { light: '#ffffff', dark: '#000000' } as const;

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the contrast check itself', () => {
  it.each([
    ['black on white', '#000000', '#ffffff', 21],
    ['xterm cyan on white (the old highlight)', XTERM.cyan!, '#ffffff', 1.98],
    ['xterm red on black', XTERM.red!, '#000000', 3.6],
  ])('%s', (_name, fg, bg, ratio) => {
    expect(contrast(fg, bg)).toBeCloseTo(ratio, 1);
  });
});

describe.each<[string, Theme]>([
  ['normal', normalTheme],
  ['large', largeTheme],
])('the %s theme: every colour that carries meaning reads at 4.5:1 on light and dark', (_name, theme) => {
  it.each(Object.entries(theme.styles))('%s', (_style, props) => {
    // Dim text fades out on light themes; nothing the interview shows is decoration only.
    expect(props.dimColor).toBeFalsy();
    for (const colour of [props.color, props.backgroundColor]) {
      if (colour === undefined) continue;
      const hex = typeof colour === 'string' && colour.startsWith('#') ? colour : XTERM[String(colour)];
      expect(hex, `unknown colour ${String(colour)}`).toBeDefined();
      for (const [palette, bg] of Object.entries(BACKGROUNDS)) expect(contrast(hex!, bg), `${String(colour)} on ${palette}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('marks the highlighted row and errors with more than colour (bold or inverse)', () => {
    expect(theme.styles.active.bold || theme.styles.active.inverse).toBe(true);
    expect(theme.styles.error.bold || theme.styles.error.inverse).toBe(true);
  });
});

// eslint-disable-next-line no-control-regex
const SGR = /\u001B\[([\d;]*)m/g;
const codesIn = (text: string) => new Set([...text.matchAll(SGR)].flatMap((m) => (m[1] ?? '').split(';').filter(Boolean)));
/** Foreground colours (30–37, 90–97, 38;…), and faint (2). */
const COLOUR_OR_DIM = (code: string) => code === '2' || code === '38' || /^(3[0-7]|9[0-7])$/.test(code);

describe('what is printed outside Ink uses no colour for meaning and no dim text', () => {
  it('the first frame', () => {
    const bank = tinyBank();
    const frame = firstFrame(bank, startFlow(bank), { columns: 80, rows: 30, color: true })!.join('\n');
    expect([...codesIn(frame)].filter(COLOUR_OR_DIM)).toEqual([]);
    expect(codesIn(frame).has('7')).toBe(true);
  });

  it('the plan, with every Why and Sources line', () => {
    const text = renderPlanText(samplePlan, { width: 80, chalk: new Chalk({ level: 1 }), details: true });
    expect([...codesIn(text)].filter(COLOUR_OR_DIM)).toEqual([]);
  });
});

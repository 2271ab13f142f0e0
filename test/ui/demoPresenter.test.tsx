import { cleanup, render } from 'ink-testing-library';
import { ChoiceList } from '../../src/ui/ChoiceList.js';
import { afterEach, describe, expect, it } from 'vitest';
import { largeTheme } from '../../src/ui/theme.js';
import { keys, waitFor } from './helpers.js';
import { renderDemo, stepToPlan, type DemoRun } from './demoHelpers.js';

afterEach(cleanup);

const pageDown = '\u001B[6~';
const pageUp = '\u001B[5~';
const right = '\u001B[C';
const at = (run: DemoRun) => Number(/Question (\d+) of/.exec(run.screen())?.[1]);

/** `g`, the number, Enter. */
async function goTo(run: DemoRun, n: number): Promise<void> {
  await run.press('g');
  for (const digit of String(n)) await run.press(digit);
  await run.press(keys.enter);
  await run.waitForText(`Question ${n} of`);
}

describe('the presenter’s keys (what clickers send)', () => {
  it('PgDn, →, Space and Enter go forward; PgUp, ← and b go back', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    for (const [key, expected] of [
      [pageDown, 2],
      [right, 3],
      [keys.space, 4],
      [keys.enter, 5],
      [pageUp, 4],
      [keys.left, 3],
      ['b', 2],
    ] as const) {
      await run.press(key);
      expect(at(run)).toBe(expected);
    }
  });

  it('g then a number jumps there, forward and back; any other key cancels it', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await run.press('g');
    expect(run.screen()).toContain('Go to question: _ of 22 (enter goes, any other key cancels)');
    await run.press('1');
    await run.press('6');
    expect(run.screen()).toContain('Go to question: 16 of 22');
    await run.press(keys.enter);
    expect(at(run)).toBe(16);
    expect(run.screen()).toContain('In which state or territory');
    await goTo(run, 3);
    await run.press('g');
    await run.press('x');
    expect(run.screen()).not.toContain('Go to question');
    expect(at(run)).toBe(3);
    // The persona's answers on the way are taken as they are: nothing was changed by jumping.
    expect(run.lastState()?.answers).toEqual(run.changes[0]?.answers);
  });

  it('p goes to the plan, and g from the plan back to a question', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await run.press('p');
    await run.waitForText("Dana's plan");
    await goTo(run, 7);
    expect(run.screen()).toContain('Where are you doing, or hoping to do');
  });

  it('r restarts the persona’s demo, the class’s changes gone', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await goTo(run, 5);
    await run.press('e');
    await run.press(keys.down);
    await run.press(keys.enter); // the class picks "Part time or per diem"
    await run.waitForText('Question 6 of');
    await run.press(keys.left);
    expect(run.screen()).toContain('❯ Part time or per diem\n  ← class');
    expect(run.screen()).toContain("  Full time\n  ← Dana's answer");
    await run.press('r');
    await run.waitForText('Question 1 of 22');
    expect(run.screen()).toContain("❯ Registered technologist working toward an ARRT post-primary credential\n  ← Dana's answer");
    expect(run.screen()).not.toContain('← class');
  });

  it('s switches persona through the picker', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await run.press(keys.space);
    await run.press('s');
    await run.waitForText('choose a persona');
    await run.press(keys.down);
    await run.press(keys.enter);
    await run.waitForText('Demo: Marcus —');
    expect(run.screen()).toContain('Question 1 of');
  });

  it('lists every key in the footer, fitted to the width', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await run.press(keys.space);
    const footer = run.screen().split('\n').slice(-3).join(' · ');
    for (const key of ['→/space/enter/PgDn next', '←/b/PgUp back', 'e class changes the answer', '% ASRT figure', 'g+number go to question', 'p plan', 'r restart', 's switch persona', 'q/esc quit']) {
      expect(footer).toContain(key);
    }
    expect(run.screen().split('\n').every((line) => line.length <= 100)).toBe(true);
  });
});

describe('one pointer', () => {
  it('a tick-box answer with two ticks shows one ❯, each tick marked as the persona’s', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await goTo(run, 7);
    expect(run.screen().match(/❯/g)).toHaveLength(1);
    expect(run.screen()).toContain("❯ [x] Hospital\n      ← Dana's answer");
    expect(run.screen()).toContain("  [x] Small clinic\n      ← Dana's answer");
  });
});

describe('% reveals the ASRT survey figure', () => {
  it('shows a bar and the figure beside each option, and who was surveyed', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await goTo(run, 7);
    await run.press('%');
    const screen = run.screen();
    expect(screen).toContain('ASRT figure: the share of those surveyed who chose each option (more than one could be chosen).');
    expect(screen.replace(/\s+/g, ' ')).toContain(
      'Surveyed: ASRT members in every modality who hold, or are working toward, a post-primary certification (ASRT, “Searching for a Clinical Site?”).',
    );
    expect(screen).toContain("❯ [x] ████████░░  78.9% Hospital\n                        ← Dana's answer");
    expect(screen).toContain('  [ ] ██░░░░░░░░  19.7% Imaging center');
    expect(screen).toContain('  [x]         no figure Small clinic');
    // % again hides it; so does moving on.
    await run.press('%');
    expect(run.screen()).not.toContain('78.9%');
    await run.press('%');
    await run.press(keys.space);
    expect(run.screen()).not.toContain('%  ');
  });

  it('stays shorter than a 12-row terminal: the note and the help give way, the figures stay', async () => {
    const run = await renderDemo({ persona: 'turned-down', rows: 12 });
    await goTo(run, 7);
    await run.press('%');
    expect(run.screen().split('\n').length).toBeLessThan(12);
    expect(run.screen()).toContain('78.9% Hospital');
  });

  it('says so on a question the survey has no figure for', async () => {
    const run = await renderDemo({ persona: 'turned-down' });
    await run.press('%');
    expect(run.screen()).toContain('% The ASRT survey has no figure for this question.');
    expect(run.screen()).toContain("← Dana's answer");
  });
});

describe('--large uses the height', () => {
  it('spaces a short list out to fill a projector, and the frame stays shorter than the terminal', async () => {
    const run = await renderDemo({ persona: 'turned-down', theme: largeTheme, rows: 32 });
    await goTo(run, 5);
    const lines = run.screen().split('\n');
    expect(lines.length).toBeLessThan(32);
    const full = lines.findIndex((l) => l.includes('Full time'));
    const part = lines.findIndex((l) => l.includes('Part time or per diem'));
    // The marker line, then three blank lines (the most the large theme leaves between options).
    expect(part - full).toBe(5);
  });

  it('lists more options when they do not all fit, with no gaps (the 50 states at 24 rows)', async () => {
    const run = await renderDemo({ persona: 'turned-down', theme: largeTheme, rows: 24 });
    await goTo(run, 16);
    const lines = run.screen().split('\n');
    expect(lines.length).toBeLessThan(24);
    const shown = lines.filter((l) => /^ {4}\S/.test(l) && !l.includes('←')).length;
    expect(shown).toBeGreaterThanOrEqual(10);
    expect(run.screen()).toContain("❯ Ohio\n    ← Dana's answer");
  });
});

describe('compare', () => {
  it('keeps the plan’s scroll position when you leave the comparison', async () => {
    const run = await renderDemo({ persona: 'turned-down', rows: 20 });
    await stepToPlan(run);
    await run.press(pageDown);
    await run.press(pageDown);
    const where = /lines (\d+)–/.exec(run.screen())?.[1];
    expect(Number(where)).toBeGreaterThan(10);
    await run.press('c');
    await run.press(keys.enter);
    await run.waitForText('Dana vs Marcus');
    await run.press(pageDown);
    await run.press('b');
    await run.waitForText("Dana's plan");
    expect(run.screen()).toContain(`lines ${where}–`);
  });
});

describe('autoplay', () => {
  it('counts down, reads on through the plan to its end, and shows a pause as a mark', async () => {
    const run = await renderDemo({ persona: 'turned-down', autoplay: 0.02, rows: 20 });
    await run.waitForText("Dana's plan", 10_000);
    expect(run.screen()).toMatch(/▶ autoplay: next in 1 s/);
    await run.waitForText('lines 1', 5000);
    await waitFor(() => /■ autoplay: end of the plan/.test(run.screen()), 'the end of the plan', 10_000);
    expect(run.screen()).not.toContain('↓ more below');
    await run.press('a');
    expect(run.screen()).toContain('‖ autoplay paused (a resumes)');
  });
});

describe('markers and hints in a narrow list', () => {
  it('wraps a long hint and puts the marker, whole, on its own line between the option and its hint', () => {
    const rows = [
      { key: 'a', label: 'Registered technologist', hint: 'e.g. an R.T.(R) adding CT, MRI or mammography after years at work', highlight: true, checked: true, note: "← Persona-with-a-long-name's answer" },
      { key: 'b', label: 'Sonography student' },
    ];
    const { lastFrame } = render(<ChoiceList rows={rows} cursor={0} height={12} numbered={false} role="radio" showCursor={false} columns={30} />);
    const lines = (lastFrame() ?? '').split('\n');
    expect(lines[0]).toBe('❯ Registered technologist');
    expect(lines[1]).toBe("  ← Persona-with-a-long-name's");
    expect(lines[2]).toBe('  answer');
    expect(lines.slice(3, -1).join(' ').replace(/\s+/g, ' ').trim()).toBe('e.g. an R.T.(R) adding CT, MRI or mammography after years at work');
    expect(lines.length).toBeGreaterThan(5);
    expect(lastFrame()).not.toContain('…');
  });
});

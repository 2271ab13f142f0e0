import { Chalk } from 'chalk';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { renderPlanText } from '../../src/render/planText.js';
import { tinyBank } from '../fixtures/tinyBank.js';
import { postPrimaryAnswers, studentAnswers, tinyBankWith, tinyPlan } from '../fixtures/tinyPlan.js';

const NOW = new Date('2026-11-15T12:00:00Z');
const student = buildPlan(tinyBank(), tinyPlan, studentAnswers, NOW);
const postPrimary = buildPlan(tinyBank(), tinyPlan, postPrimaryAnswers, NOW);
const plain = renderPlanText(student, { color: false });

describe('renderPlanText', () => {
  it.each([
    ['the title with the date', 'Your clinical-path plan — as of 2026-11'],
    ['the comparison heading', 'How you compare with the ASRT survey'],
    ['a comparison line', '• 78.9% of ASRT respondents named Hospital as a clinical site.'],
    ['the first section title', '\nClinical site search\n'],
    ['the last section title', '\nCredential timing\n'],
    ['a section intro', 'Where to look, given your answers.'],
    ['an item as a bullet', '  • List the sites within driving distance.'],
    ['its reason', '    Why: Everyone needs a clinical site.'],
    ['a source without an address', 'Sources: HHS HIPAA guidance'],
    ['a source with its address', 'ASRT clinical-site survey (https://www.asrt.org/survey)'],
    ['an empty section said in words', 'Credential timing\n  Nothing specific for your answers.'],
    ['the disclaimer', 'General information, not advice.'],
    ['the date the facts were checked', 'Facts checked 2026-11.'],
  ])('shows %s', (_name, expected) => {
    expect(plain).toContain(expected);
  });

  it('lists every section in order', () => {
    const at = tinyPlan.sections.map((s) => plain.indexOf(`\n${s.title}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('leaves the comparison out when no chosen option has a figure', () => {
    const p = buildPlan(tinyBank(), tinyPlan, { ...postPrimaryAnswers, site_types: ['small_clinic'] }, NOW);
    expect(renderPlanText(p, { color: false })).not.toContain('How you compare');
  });

  it.each([
    ['color: false', { color: false }],
    ['a level-0 chalk', { chalk: new Chalk({ level: 0 }) }],
  ])('has no escape sequences with %s', (_name, options) => {
    expect(renderPlanText(student, options)).not.toContain('\x1b');
  });

  it('uses color only for emphasis: the same words without it', () => {
    const colored = renderPlanText(student, { chalk: new Chalk({ level: 1 }) });
    expect(colored).toContain('\x1b[1m');
    expect(stripAnsi(colored)).toBe(plain);
  });

  it.each([30, 40, 60, 80, 100])('wraps to %i columns', (width) => {
    const lines = renderPlanText(postPrimary, { color: false, width }).trimEnd().split('\n');
    for (const line of lines) {
      const overflows = line.length > width;
      // Only a single unbreakable word (an address) may run past the edge.
      if (overflows) expect(line.trim()).not.toContain(' ');
    }
    expect(lines.some((l) => l.length > width - 12)).toBe(true);
  });

  it('keeps wrapped lines under their bullet', () => {
    const text = renderPlanText(student, { color: false, width: 40 });
    expect(text).toContain('  • Ask Hospital and Imaging center\n    about clinical placements.');
    expect(text).toContain('    Why: You answered “Which kinds of\n      site?”');
  });

  it('ends with a newline', () => {
    expect(plain.endsWith('.\n')).toBe(true);
  });

  it('removes escape sequences and control characters coming from the data', () => {
    const bank = tinyBankWith({ labels: { 'state.OR': 'Ore\x1b[31mgon\x07\u202e' } });
    const text = renderPlanText(buildPlan(bank, tinyPlan, postPrimaryAnswers, NOW), { color: false });
    // eslint-disable-next-line no-control-regex -- checking that none of these remain
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\u202e]/);
    expect(text).toContain('Check the licensing rules in Oregon.');
  });
});

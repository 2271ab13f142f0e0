import { Chalk } from 'chalk';
import fc from 'fast-check';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import type { PlanItem } from '../../src/core/plan/planContentSchema.js';
import { renderPlanText, shortWhy } from '../../src/render/planText.js';
import { RAW_UNSAFE } from '../e2e/hostileSamples.js';
import { tinyBank } from '../fixtures/tinyBank.js';
import { postPrimaryAnswers, studentAnswers, tinyBankWith, tinyPlan } from '../fixtures/tinyPlan.js';
import { samplePlan } from './planSample.js';

const NOW = new Date('2026-11-15T12:00:00Z');
const student = buildPlan(planWords, tinyBank(), tinyPlan, studentAnswers, NOW);
const postPrimary = buildPlan(planWords, tinyBank(), tinyPlan, postPrimaryAnswers, NOW);
const plain = renderPlanText(student, { color: false });
const detailed = renderPlanText(student, { color: false, details: true });

describe('renderPlanText', () => {
  it('prints the whole plan: next steps first, the obstacle, the comparison, then each item with one short Why line', () => {
    expect(renderPlanText(samplePlan, { color: false, width: 60 })).toMatchInlineSnapshot(`
      "Your clinical-path plan — as of 2026-11

      Your next steps
        1. Ask your manager whether your own department can host
           your clinical hours.
           → see “Start with your own workplace” in Clinical site
             search
        2. Ask each site which HIPAA module it accepts.
           → see “Which HIPAA module” in HIPAA training
        3. Find a registered technologist who will verify your
           procedures.
           → see “Line up a verifier” in Clinical site search

      What you said is in your way
        “My manager says no and I would have to relocate”
        Your employer: see “Start with your own workplace”, “Line
          up a verifier”
        Distance: see “Start with your own workplace”

      How you compare with ASRT members pursuing a post-primary
      credential
        • 78.9% of ASRT respondents named a hospital as a clinical
          site.

      Clinical site search
        Where to look, given your answers.

        • Start with your own workplace
          Most members found their site through their employer.
          Why: Employment, Education program · Sources: ARRT…

        • Line up a verifier
          A registered technologist signs off each procedure you
          perform.
          Why: applies to everyone · Sources: ASRT clinical-site…

      HIPAA training
        • Which HIPAA module
          Sites often accept your employer’s HIPAA training; ask
          which module.
          Why: HIPAA training · Sources: HHS, HIPAA training and…

      General information, not advice. Verify with ARRT and your
      clinical site.
      Facts checked 2026-10.
      "
    `);
  });

  it('with details, prints every Why sentence and every source with its address and the month it was checked', () => {
    expect(renderPlanText(samplePlan, { color: false, width: 60, details: true })).toMatchInlineSnapshot(`
      "Your clinical-path plan — as of 2026-11

      Your next steps
        1. Ask your manager whether your own department can host
           your clinical hours.
           → see “Start with your own workplace” in Clinical site
             search
        2. Ask each site which HIPAA module it accepts.
           → see “Which HIPAA module” in HIPAA training
        3. Find a registered technologist who will verify your
           procedures.
           → see “Line up a verifier” in Clinical site search

      What you said is in your way
        “My manager says no and I would have to relocate”
        Your employer: see “Start with your own workplace”, “Line
          up a verifier”
        Distance: see “Start with your own workplace”

      How you compare with ASRT members pursuing a post-primary
      credential
        • 78.9% of ASRT respondents named a hospital as a clinical
          site.

      Clinical site search
        Where to look, given your answers.

        • Start with your own workplace
          Most members found their site through their employer.
          Why: You answered “Employment”: “Employed where this
            discipline is performed”; “Education program”:
            “Courses only”.
          Sources: ARRT verifiers
            (https://www.arrt.org/verifiers), checked 2026-10;
            ARRT supervisor (https://www.arrt.org/supervisor),
            checked 2026-09

        • Line up a verifier
          A registered technologist signs off each procedure you
          perform.
          Why: This applies to everyone.
          Sources: ASRT clinical-site survey, checked 2026-10

      HIPAA training
        • Which HIPAA module
          Sites often accept your employer’s HIPAA training; ask
          which module.
          Why: You answered “HIPAA training”: “Through my
            employer”.
          Sources: HHS, HIPAA training and workforce guidance for
            covered entities (https://www.hhs.gov/hipaa), checked
            2026-10

      General information, not advice. Verify with ARRT and your
      clinical site.
      Facts checked 2026-10.
      "
    `);
  });

  it.each([
    ['the title with the date', 'Your clinical-path plan — as of 2026-11'],
    ['the comparison heading', 'How you compare with ASRT members pursuing a post-primary credential'],
    ['a comparison line', '• 78.9% of ASRT respondents named Hospital as a clinical site.'],
    ['the first section title', '\nClinical site search\n'],
    ['the last section title', '\nCredential timing\n'],
    ['a section intro', 'Where to look, given your answers.'],
    ['an item as a bullet with its title, then its text', '  • List nearby sites\n    List the sites within driving distance.\n'],
    ['a short reason for an item everyone gets', '    Why: applies to everyone · Sources: ASRT clinical-site survey\n'],
    ['a short reason naming the questions behind it', '    Why: Which kinds of site? · Sources: ASRT clinical-site survey; ARRT…\n'],
    ['an empty section said in words', 'Credential timing\n  Nothing specific for your answers.'],
    ['the disclaimer', 'General information, not advice.'],
    ['the date the facts were checked', 'Facts checked 2026-11.'],
  ])('shows %s', (_name, expected) => {
    expect(plain).toContain(expected);
  });

  it.each([
    ['the full reason', '    Why: Everyone needs a clinical site.'],
    ['a source without an address, with its month', 'Sources: HHS HIPAA guidance, checked 2026-11'],
    ['a source with its address', 'Sources: ASRT clinical-site survey (https://www.asrt.org/survey)'],
  ])('with details, shows %s (and not by default)', (_name, expected) => {
    expect(detailed).toContain(expected);
    expect(plain).not.toContain(expected);
  });

  it('leaves out next steps and the obstacle when the plan has none', () => {
    expect(student.nextSteps).toEqual([]);
    expect(plain).not.toContain('Your next steps');
    expect(plain.split('\n').slice(0, 3)).toEqual(['Your clinical-path plan — as of 2026-11', '', 'How you compare with ASRT members pursuing a post-primary credential']);
  });

  it('points a next step or a theme only at items the plan shows', () => {
    const plan = {
      ...samplePlan,
      nextSteps: [{ text: 'Do this.', item: 'not_in_plan' }],
      obstacle: { title: 'In your way', said: 'far', themes: [{ id: 'x', label: 'Distance', items: ['not_in_plan'] }] },
    };
    const text = renderPlanText(plan, { color: false });
    expect(text).toContain('  1. Do this.\n\nIn your way\n  “far”\n\nHow you compare');
  });

  it('lists every section in order', () => {
    const at = tinyPlan.sections.map((s) => plain.indexOf(`\n${s.title}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('leaves the comparison out when no chosen option has a figure', () => {
    const p = buildPlan(planWords, tinyBank(), tinyPlan, { ...postPrimaryAnswers, site_types: ['small_clinic'] }, NOW);
    expect(renderPlanText(p, { color: false })).not.toContain('How you compare');
  });

  it.each([
    ['color: false', { color: false }],
    ['a level-0 chalk', { chalk: new Chalk({ level: 0 }) }],
  ])('has no escape sequences with %s', (_name, options) => {
    expect(renderPlanText(student, options)).not.toContain('\x1b');
    expect(renderPlanText(samplePlan, options)).not.toContain('\x1b');
  });

  it.each([false, true])('uses color only for emphasis: the same words without it (details: %s)', (details) => {
    for (const plan of [student, samplePlan]) {
      const colored = renderPlanText(plan, { chalk: new Chalk({ level: 1 }), details });
      expect(colored).toContain('\x1b[1m');
      // Nothing dimmed: Why and Sources are part of the plan, and dim text fades out on light backgrounds.
      expect(colored).not.toContain('\x1b[2m');
      expect(stripAnsi(colored)).toBe(renderPlanText(plan, { color: false, details }));
    }
  });

  it('shows item titles in bold and the short Why line plain', () => {
    const colored = renderPlanText(samplePlan, { chalk: new Chalk({ level: 1 }), width: 60 });
    expect(colored).toContain('  • \x1b[1mLine up a verifier\x1b[22m\n');
    expect(colored).toContain('    Why: applies to everyone · Sources: ASRT clinical-site…\n');
  });

  it.each([30, 40, 60, 80, 100])('wraps to %i columns', (width) => {
    for (const details of [false, true]) {
      const lines = renderPlanText(postPrimary, { color: false, width, details }).trimEnd().split('\n');
      for (const line of lines) {
        // Only a single unbreakable word (an address) may run past the edge.
        if (line.length > width) expect(line.trim()).not.toContain(' ');
      }
      expect(lines.some((l) => l.length > width - 12)).toBe(true);
    }
  });

  it('width Infinity (plain mode): one line per sentence and per item, nothing cut short', () => {
    for (const details of [false, true]) {
      const lines = renderPlanText(postPrimary, { color: false, width: Infinity, details }).trimEnd().split('\n');
      for (const item of postPrimary.sections.flatMap((s) => s.items)) expect(lines).toContain(`    ${item.text.replace(/\s+/g, ' ').trim()}`);
      expect(lines.join('\n')).not.toContain('…');
    }
  });

  it('keeps wrapped lines under their bullet', () => {
    const text = renderPlanText(student, { color: false, width: 40, details: true });
    expect(text).toContain('  • Ask hospitals\n    Ask Hospital and Imaging center\n    about clinical placements.');
    expect(text).toContain('    Why: You answered “Which kinds of\n      site?”');
  });

  it('ends with a newline', () => {
    expect(plain.endsWith('.\n')).toBe(true);
  });

  it('is the same every time', () => {
    expect(renderPlanText(samplePlan, { color: false })).toBe(renderPlanText(structuredClone(samplePlan), { color: false }));
  });

  it.each([false, true])('removes escape sequences and control characters coming from the data (details: %s)', (details) => {
    const bank = tinyBankWith({ labels: { 'state.OR': 'Ore\x1b[31mgon\x07\u202e' } });
    const text = renderPlanText(buildPlan(planWords, bank, tinyPlan, postPrimaryAnswers, NOW), { color: false, details });
    // eslint-disable-next-line no-control-regex -- checking that none of these remain
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\u202e]/);
    expect(text).toContain('Check the licensing rules in Oregon.');
  });

  it('drops the escapes in the person’s own words and in every pointer, keeping the words', () => {
    const evil = '\u001b]52;c;cm0gLXJmIH4K\u0007\u001b[2J\u202e';
    const plan = structuredClone(samplePlan);
    plan.nextSteps[0]!.text += evil;
    plan.sections[0]!.title += evil;
    plan.sections[0]!.items[0]!.title += evil;
    plan.sections[0]!.items[0]!.basedOn.push(`Employer${evil}`);
    plan.sections[0]!.items[0]!.sources[0]!.title += evil;
    for (const details of [false, true]) {
      const text = renderPlanText(plan, { color: false, width: 200, details });
      expect(text).not.toMatch(RAW_UNSAFE);
      expect(text).not.toContain('cm0gLXJmIH4K');
      expect(text).toContain('“My manager says no and I would have to relocate”');
      expect(text).toContain('→ see “Start with your own workplace” in Clinical site search');
    }
  });
});

describe('the short Why line', () => {
  const source = (title: string) => ({ id: 's', title, checked: '2026-11' });
  const words = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '·', ';', ',', '😀', 'é', '\u001b', '\n'), maxLength: 60 });
  const items = fc.record({ basedOn: fc.array(words, { maxLength: 4 }), sources: fc.array(words.map(source), { maxLength: 4 }) });

  it('never runs past the width, for widths 20 to 120', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 20, max: 120 }), (item, width) => {
        const plan = { ...samplePlan, sections: [{ id: 'site_search' as const, title: 'S', items: [{ id: 'i', title: 'T', text: 'x', why: 'w', ...item }] }] };
        const line = renderPlanText(plan, { color: false, width }).split('\n').find((l) => l.startsWith('    Why'));
        expect(line).toBeDefined();
        expect(line!.length).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(RAW_UNSAFE);
        // A cut line ends with the ellipsis and never with half of an emoji.
        expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      { numRuns: 500 },
    );
  });

  it.each<[string, Pick<PlanItem, 'basedOn' | 'sources'>, number, string]>([
    ['fits', { basedOn: ['Employment'], sources: [source('ARRT')] }, 80, 'Why: Employment · Sources: ARRT'],
    ['everyone, no sources', { basedOn: [], sources: [] }, 80, 'Why: applies to everyone'],
    ['cut between words, without a dangling separator', { basedOn: ['Employment', 'Education program'], sources: [source('ARRT verifiers')] }, 40, 'Why: Employment, Education program…'],
    ['cut without a dangling “Sources:”', { basedOn: ['Employment', 'Education program'], sources: [source('ARRT verifiers')] }, 46, 'Why: Employment, Education program…'],
    ['cut inside a long word rather than keep too little', { basedOn: ['Employmentandeducationprogram'], sources: [] }, 20, 'Why: Employmentande…'],
  ])('%s', (_name, item, room, expected) => {
    const line = shortWhy(item, room);
    expect(line).toBe(expected);
    expect(line.length).toBeLessThanOrEqual(room);
  });
});

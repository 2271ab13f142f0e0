import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/core/bank/schema.js';
import { buildPlan } from '../../../src/core/plan/buildPlan.js';
import { planWords } from '../../../src/messages/planWords.js';
import type { Plan, PlanContent } from '../../../src/core/plan/planContentSchema.js';
import { tinyBank } from '../../fixtures/tinyBank.js';
import { postPrimaryAnswers, studentAnswers, tinyBankWith, tinyPlan } from '../../fixtures/tinyPlan.js';

const bank = tinyBank();
const NOW = new Date('2026-11-15T12:00:00Z');
const plan = (answers: Answers, content: PlanContent = tinyPlan, b = bank): Plan => buildPlan(planWords, b, content, answers, NOW);
const itemIds = (p: Plan) => p.sections.flatMap((s) => s.items.map((i) => i.id));
const item = (p: Plan, id: string) => p.sections.flatMap((s) => s.items).find((i) => i.id === id);

describe('buildPlan: which items apply', () => {
  it.each<[string, Answers, string, boolean]>([
    ['no `when`: always', {}, 'site_everyone', true],
    ['multi includes one listed value', { site_types: ['small_clinic', 'hospital'] }, 'site_hospital', true],
    ['multi includes no listed value', { site_types: ['small_clinic'] }, 'site_hospital', false],
    ['single in list', { discipline: 'mri' }, 'hipaa_ct_or_mri', true],
    ['single not in list', { discipline: 'abdomen' }, 'hipaa_ct_or_mri', false],
    ['all: every part holds', { pathway: 'sonography_student', spi_status: 'not_yet' }, 'hipaa_student_before_spi', true],
    ['all: one part fails', { pathway: 'sonography_student', spi_status: 'passed' }, 'hipaa_student_before_spi', false],
    ['any: second branch', { discipline: 'mri' }, 'hipaa_ct_or_mri', true],
    ['not: a different answer', { state: 'TX' }, 'liability_state_known', true],
    ['not: the excluded answer', { state: 'prefer_not_to_say' }, 'liability_state_known', false],
    ['answered: true with an answer', { obstacle: 'Money' }, 'liability_obstacle', true],
    ['answered: true with blank text', { obstacle: '   ' }, 'liability_obstacle', false],
    ['answered: false when unanswered', {}, 'timing_no_discipline', true],
    ['answered: false when answered', { discipline: 'ct' }, 'timing_no_discipline', false],
  ])('%s', (_name, answers, id, included) => {
    expect(itemIds(plan(answers)).includes(id)).toBe(included);
  });

  it('gives two different people different items, in section and file order', () => {
    expect(itemIds(plan(postPrimaryAnswers))).toEqual(['site_everyone', 'site_hospital', 'site_state', 'hipaa_ct_or_mri', 'liability_state_known']);
    expect(itemIds(plan(studentAnswers))).toEqual(['site_everyone', 'site_hospital', 'site_state', 'hipaa_student_before_spi', 'liability_obstacle']);
  });

  it('keeps every section in plan.yaml order, empty ones included', () => {
    const sections = plan(postPrimaryAnswers).sections;
    expect(sections.map((s) => s.id)).toEqual(['site_search', 'hipaa_training', 'liability_coverage', 'credential_timing']);
    expect(sections.map((s) => s.title)).toEqual(['Clinical site search', 'HIPAA training', 'Liability coverage', 'Credential timing']);
    expect(sections[0]?.intro).toBe('Where to look, given your answers.');
    expect(sections[1]).not.toHaveProperty('intro');
    expect(sections[3]?.items).toEqual([]);
  });

  it('follows the order of sections in the content, not a fixed one', () => {
    const reordered: PlanContent = { ...tinyPlan, sections: [...tinyPlan.sections].reverse() };
    expect(plan(postPrimaryAnswers, reordered).sections.map((s) => s.id)).toEqual(['credential_timing', 'liability_coverage', 'hipaa_training', 'site_search']);
  });
});

describe('buildPlan: wording', () => {
  const phrased = tinyBankWith({ phrases: { 'site_types.hospital': 'hospitals', 'site_types.imaging_center': 'imaging centers', 'pathway.post_primary': 'ARRT post-primary' } });

  it.each<[string, Answers, string, string]>([
    ['a single answer (label)', postPrimaryAnswers, 'site_state', 'Check the licensing rules in Oregon.'],
    ['a single answer (phrase) and another (label)', postPrimaryAnswers, 'hipaa_ct_or_mri', 'On the ARRT post-primary path in Computed tomography, ask the site which HIPAA module it accepts.'],
    ['a multi answer (phrases joined)', studentAnswers, 'site_hospital', 'Ask hospitals and imaging centers about clinical placements.'],
    ['a text answer is not inserted', studentAnswers, 'liability_obstacle', 'Raise your answer with the site before you sign anything.'],
    ['an unanswered question', { pathway: 'sonography_student' }, 'timing_no_discipline', 'Pick a discipline (your choice) first: the clock depends on it.'],
  ])('fills %s', (_name, answers, id, text) => {
    expect(item(plan(answers, tinyPlan, phrased), id)?.text).toBe(text);
  });

  it('never puts typed text anywhere in the plan', () => {
    expect(JSON.stringify(plan(studentAnswers))).not.toContain('Jane Doe');
  });

  it.each<[string, Answers, string, string]>([
    ['`because` when given', postPrimaryAnswers, 'site_everyone', 'Everyone needs a clinical site.'],
    ['generated from a multi answer', postPrimaryAnswers, 'site_hospital', 'You answered “Which kinds of site?”: “Hospital”.'],
    ['generated from all', studentAnswers, 'hipaa_student_before_spi', 'You answered “Which path are you on?”: “Sonography student”; “Have you passed SPI?”: “Not yet”.'],
    ['generated from not', postPrimaryAnswers, 'liability_state_known', 'You answered “Which state?”: “Oregon”.'],
    ['generated from answered, without the text', studentAnswers, 'liability_obstacle', 'You answered “Your biggest obstacle?”.'],
    ['generated from unanswered', {}, 'timing_no_discipline', 'You have not answered “Which discipline?”.'],
  ])('says why: %s', (_name, answers, id, why) => {
    expect(item(plan(answers), id)?.why).toBe(why);
  });

  it('gives an item without `when` or `because` a reason anyway', () => {
    const content: PlanContent = { ...tinyPlan, items: [{ id: 'bare', title: 'Bare', section: 'site_search', text: 'Hello.', sources: ['hhs'] }] };
    expect(item(plan({}, content), 'bare')?.why).toBe('This applies to everyone.');
  });

  it('resolves sources to title and address, leaving out a missing address', () => {
    const p = plan(postPrimaryAnswers);
    expect(item(p, 'site_hospital')?.sources).toEqual([
      { id: 'asrt_survey', title: 'ASRT clinical-site survey', url: 'https://www.asrt.org/survey', checked: '2026-11' },
      { id: 'arrt', title: 'ARRT post-primary requirements', url: 'https://www.arrt.org/pp', checked: '2026-11' },
    ]);
    expect(item(p, 'hipaa_ct_or_mri')?.sources).toEqual([{ id: 'hhs', title: 'HHS HIPAA guidance', checked: '2026-11' }]);
  });

  it('shows an unknown source id as itself instead of failing', () => {
    const content: PlanContent = { ...tinyPlan, items: [{ id: 'x', title: 'X', section: 'site_search', text: 'X.', because: 'Y.', sources: ['nowhere', 'toString'] }] };
    expect(item(plan({}, content), 'x')?.sources).toEqual([{ id: 'nowhere', title: 'nowhere', checked: '2026-11' }, { id: 'toString', title: 'toString', checked: '2026-11' }]);
  });
});

describe('buildPlan: comparison with the ASRT survey', () => {
  it.each<[string, Answers, Plan['comparison']]>([
    ['one option with a figure, one without', postPrimaryAnswers, [{ question: 'site_types', option: 'hospital', percent: 78.9, text: '78.9% of ASRT respondents named Hospital as a clinical site.' }]],
    ['two options with figures, in option order', studentAnswers, [
      { question: 'site_types', option: 'hospital', percent: 78.9, text: '78.9% of ASRT respondents named Hospital as a clinical site.' },
      { question: 'site_types', option: 'imaging_center', percent: 19.7, text: '19.7% of ASRT respondents named Imaging center as a clinical site.' },
    ]],
    ['only options without a figure', { site_types: ['small_clinic'], pathway: 'post_primary' }, []],
    ['unanswered', {}, []],
  ])('%s', (_name, answers, expected) => {
    expect(plan(answers).comparison).toEqual(expected);
  });

  it('uses the phrase for {option}', () => {
    const phrased = tinyBankWith({ phrases: { 'site_types.hospital': 'a hospital' } });
    expect(plan({ site_types: ['hospital'] }, tinyPlan, phrased).comparison[0]?.text).toBe('78.9% of ASRT respondents named a hospital as a clinical site.');
  });

  it('ignores a comparison on a text or unknown question', () => {
    const content: PlanContent = { ...tinyPlan, comparisons: [{ question: 'obstacle', text: '{percent}' }, { question: 'nope', text: '{percent}' }] };
    expect(plan(studentAnswers, content).comparison).toEqual([]);
  });
});

describe('buildPlan: dates and robustness', () => {
  it.each<[string, string]>([
    ['2026-11-15T12:00:00Z', '2026-11'],
    ['2027-01-01T00:00:00Z', '2027-01'],
    ['2026-12-31T23:59:59Z', '2026-12'],
  ])('dates a plan made at %s as %s (UTC)', (iso, asOf) => {
    expect(buildPlan(planWords, bank, tinyPlan, postPrimaryAnswers, new Date(iso)).asOf).toBe(asOf);
  });

  it('carries facts_checked and the disclaimer', () => {
    const p = plan({});
    expect(p.factsChecked).toBe('2026-11');
    expect(p.disclaimer).toBe(tinyPlan.disclaimer);
  });

  it('falls back to facts_checked for an invalid date', () => {
    expect(buildPlan(planWords, bank, tinyPlan, {}, new Date(Number.NaN)).asOf).toBe('2026-11');
  });

  it('is deterministic and does not change its inputs', () => {
    const answers = structuredClone(studentAnswers);
    const content = structuredClone(tinyPlan);
    expect(plan(answers, content)).toEqual(plan(studentAnswers));
    expect(answers).toEqual(studentAnswers);
    expect(content).toEqual(tinyPlan);
  });

  it.each<[string, Answers]>([
    ['no answers', {}],
    ['empty values', { pathway: '', site_types: [], obstacle: '' }],
    ['values that are not options', { pathway: 'astronaut', site_types: ['moon'], state: 'ZZ' }],
    ['answers to unknown questions', { mystery: 'x', other: ['y'] }],
  ])('does not throw on %s, and prints no placeholder', (_name, answers) => {
    const p = plan(answers);
    expect(JSON.stringify(p)).not.toMatch(/\{[a-z][a-z0-9_]*\}/);
    expect(p.sections).toHaveLength(4);
  });
});

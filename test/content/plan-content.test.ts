import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isVisible, visibleOptions } from '../../src/core/bank/evaluate.js';
import type { Answers, AnswerValue } from '../../src/core/bank/schema.js';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import { PLAN_SECTION_IDS, type Plan } from '../../src/core/plan/planContentSchema.js';
import { loadContent } from '../../src/files/loadBank.js';

const QUESTIONS_DIR = fileURLToPath(new URL('../../questions', import.meta.url));
const result = loadContent(QUESTIONS_DIR);
const NOW = new Date('2026-11-15T12:00:00Z');

function content() {
  if (!result.ok) throw new Error(`questions/ does not load:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.content;
}
const planFor = (answers: Answers): Plan => buildPlan(planWords, content().bank, content().plan, answers, NOW, content().states);
const itemIds = (p: Plan) => p.sections.flatMap((s) => s.items.map((i) => i.id));

const reflections = {
  reflect_watched: 'opportunity',
  reflect_evaluation: 'rise',
  reflect_relationships: 'naturally',
} as const;

/** A CT technologist who trains at work, in paid hours. */
const ctAtWork: Answers = {
  pathway: 'post_primary', discipline: 'ct', credentials_held: ['radiography'], employment: 'employed_in_discipline',
  work_hours: 'full_time', education_program: 'courses_only', site_types: ['hospital'], clinical_arrangement: ['employer'], employer_hours: 'during_hours',
  paid_for_clinicals: 'no', hipaa_training: 'employer', liability_required: 'no', state: 'TX', exam_timing: 'months_6_to_12',
  ...reflections,
};

/** An MRI candidate with no school and no imaging job, training at a facility that doesn't employ her. */
const mriOnHerOwn: Answers = {
  pathway: 'post_primary', discipline: 'mri', credentials_held: ['nuclear_medicine'], employment: 'not_employed_imaging',
  education_program: 'not_enrolled', site_types: ['small_clinic', 'imaging_center'], clinical_arrangement: ['non_employer_provider'],
  site_authorization: 'in_progress', clinical_travel: 'farther', block_rotation: 'yes', site_contact: 'no',
  paid_for_clinicals: 'yes', hipaa_training: 'not_yet', liability_required: 'not_sure',
  state: 'prefer_not_to_say', exam_timing: 'over_24_months',
  ...reflections, reflect_watched: 'pressure', reflect_relocation: 'anywhere', reflect_relationships: 'head_down',
  obstacle: 'Nobody within 50 miles says yes — Jane Q. Example',
};

/** A sonography student in New Mexico with an offer that depends on the registry. */
const sonoStudent: Answers = {
  pathway: 'sonography_student', discipline: 'abdomen', employment: 'not_employed_imaging', education_program: 'program_with_placement',
  site_types: ['hospital'], clinical_arrangement: ['educational_program'], paid_for_clinicals: 'no', hipaa_training: 'educational_program',
  liability_required: 'yes', liability_source: 'school_policy', state: 'NM', exam_timing: 'under_6_months',
  clinical_travel: 'about_an_hour', block_rotation: 'no',
  spi_status: 'studying', job_offer: 'offer_contingent', ...reflections, reflect_relocation: 'stay_local', reflect_registry_offer: 'fine',
};

const otherPath: Answers = {
  pathway: 'other', discipline: 'not_decided', employment: 'prefer_not_to_say', education_program: 'prefer_not_to_say',
  site_types: ['other'], clinical_arrangement: ['other'], paid_for_clinicals: 'prefer_not_to_say', hipaa_training: 'unspecified',
  clinical_travel: 'farther', block_rotation: 'no', site_contact: 'no',
  liability_required: 'not_sure', state: 'outside_us', exam_timing: 'not_sure', ...reflections, reflect_relocation: 'anywhere',
};

const personas: [string, Answers][] = [
  ['CT technologist at work', ctAtWork],
  ['MRI candidate on her own', mriOnHerOwn],
  ['sonography student in NM', sonoStudent],
  ['someone on another path', otherPath],
];

describe('plan.yaml', () => {
  it('loads, dated, with a disclaimer', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(content().plan.facts_checked).toBe('2026-11');
    expect(content().plan.disclaimer).toMatch(/verify/i);
  });

  it('has the four sections in order, each with at least three items', () => {
    const { sections, items } = content().plan;
    expect(sections.map((s) => s.id)).toEqual([...PLAN_SECTION_IDS]);
    for (const id of PLAN_SECTION_IDS) expect(items.filter((i) => i.section === id).length, id).toBeGreaterThanOrEqual(3);
  });

  it('gives every source a title and every item known sources', () => {
    const { sources, items } = content().plan;
    for (const [id, s] of Object.entries(sources)) expect(s.title.trim(), id).not.toBe('');
    // state_license and state_agency are looked up in states.yaml for the person's state.
    for (const item of items) for (const s of item.sources) expect([...Object.keys(sources), 'state_license', 'state_agency'], item.id).toContain(s);
  });

  it('compares the person with the ASRT figures on the four published questions', () => {
    expect(content().plan.comparisons.map((c) => c.question)).toEqual(['site_types', 'clinical_arrangement', 'hipaa_training', 'liability_required']);
  });

  it('never states a fee or dollar figure without saying whom to check with', () => {
    for (const item of content().plan.items) {
      if (/\$|\bfee\b/i.test(item.text)) expect(item.text, item.id).toMatch(/verify|check|confirm/i);
    }
  });
});

describe('plans built from plan.yaml', () => {
  it.each(personas)('%s: every section has something, every placeholder is filled', (_name, answers) => {
    const plan = planFor(answers);
    for (const section of plan.sections) expect(section.items.length, section.id).toBeGreaterThan(0);
    const texts = plan.sections.flatMap((s) => [s.intro ?? '', ...s.items.flatMap((i) => [i.title, i.text, i.why])]);
    for (const text of texts) {
      expect(text).not.toMatch(/\{[a-z_]+\}/);
      expect(text).not.toContain('your choice');
    }
  });

  it('gives different people visibly different plans', () => {
    const sets = personas.map(([, a]) => itemIds(planFor(a)).join(' '));
    expect(new Set(sets).size).toBe(personas.length);
  });

  it.each<[string, string[], boolean]>([
    ['ct', ['radiography'], false],
    ['ct', ['sonography'], true],
    ['mammography', ['nuclear_medicine'], true],
    ['mri', ['sonography'], false],
    ['breast_sonography', ['radiography'], true],
    ['breast_sonography', ['radiography', 'mammography'], false],
    ['breast_sonography', ['sonography'], false],
    ['vascular_interventional', ['radiation_therapy'], true],
  ])('supporting-credential check: %s with %j → warns: %s', (discipline, credentials_held, warns) => {
    const ids = itemIds(planFor({ ...ctAtWork, discipline, credentials_held }));
    expect(ids.includes('pp_support_check')).toBe(warns);
  });

  it.each([['NM', 'license_nm_student'], ['ND', 'license_nd'], ['OR', 'license_or'], ['NH', 'license_nh'], ['TX', 'license_sono_elsewhere']])(
    'a sonography student in %s gets %s',
    (state, id) => {
      expect(itemIds(planFor({ ...sonoStudent, state }))).toContain(id);
    },
  );

  it('fills answers into the text and compares with the members ASRT surveyed, naming who they were', () => {
    const plan = planFor(ctAtWork);
    const text = plan.sections.flatMap((s) => s.items.map((i) => i.text)).join('\n');
    expect(text).toContain('do your clinical time in the department');
    expect(plan.comparison.map((c) => c.text)).toEqual([
      "78.9% of ASRT members surveyed about their post-primary clinical training did it in hospitals, one of the settings you're considering.",
      "You're getting clinical experience through your employer, as did 71.3% of ASRT members surveyed about their post-primary clinical training.",
      'You chose HIPAA training through your employer, as did 65.5% of ASRT members surveyed about their post-primary clinical training.',
      "Like 78.6% of ASRT members surveyed about their post-primary clinical training, you weren't asked to carry your own liability insurance.",
    ]);
  });

  it.each<[string, Answers]>([
    ['outside paid hours', { ...ctAtWork, employer_hours: 'outside_hours' }],
    ['partly outside paid hours', { ...ctAtWork, employer_hours: 'both' }],
    ['hours not known', { ...ctAtWork, employer_hours: 'not_sure' }],
    ['at a site that is not the employer', { ...ctAtWork, clinical_arrangement: ['employer', 'non_employer_provider'], site_authorization: 'yes' }],
  ])('never calls “no insurance needed” the norm %s', (_name, answers) => {
    const plan = planFor(answers);
    expect(plan.comparison.map((c) => c.question)).not.toContain('liability_required');
    expect(itemIds(plan)).not.toContain('liability_not_required');
    expect(JSON.stringify(plan)).not.toContain('78.6%');
  });

  it('leaves the survey comparison out for sonography students: ASRT surveyed post-primary candidates', () => {
    expect(planFor(sonoStudent).comparison).toEqual([]);
  });

  it('shows the typed obstacle back only in its own block, cleaned, and names the items that speak to it', () => {
    const plan = planFor({ ...mriOnHerOwn, obstacle: 'Nobody within 50 miles says yes \u001b]52;c;cm0gLXJmIH4=\u0007— Jane Q. Example' });
    expect(plan.obstacle?.said).toBe('Nobody within 50 miles says yes — Jane Q. Example');
    expect(plan.obstacle?.themes.map((t) => t.id)).toEqual(['distance', 'turned_down']);
    const { obstacle: _shown, ...rest } = plan;
    expect(JSON.stringify(rest)).not.toContain('Jane');
    expect(JSON.stringify(rest)).not.toContain('50 miles');
  });
});

/** Answers as someone walking the interview might give them: only visible questions, only visible options. */
function randomAnswers(next: () => number): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const q of content().bank.questions) {
    if (!isVisible(q, answers)) continue;
    if (q.kind === 'text') {
      if (next() < 0.5) answers[q.id] = 'something typed';
      continue;
    }
    if (q.kind === 'number') {
      answers[q.id] = String(q.min + Math.floor(next() * (q.max - q.min + 1)));
      continue;
    }
    const options = visibleOptions(q, answers);
    if (q.kind === 'single') {
      answers[q.id] = options[Math.floor(next() * options.length)]!.value;
    } else {
      const ticked = options.filter(() => next() < 0.35).map((o) => o.value);
      answers[q.id] = ticked.length > 0 ? ticked : [options[0]!.value];
    }
  }
  return answers;
}

describe('reachability', () => {
  it('every plan item shows for someone who walks the interview', () => {
    let seed = 20261;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const seen = new Set<string>();
    for (let i = 0; i < 4000; i++) for (const id of itemIds(planFor(randomAnswers(next)))) seen.add(id);
    const never = content().plan.items.map((i) => i.id).filter((id) => !seen.has(id));
    expect(never).toEqual([]);
  });
});

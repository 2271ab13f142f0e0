import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/bank/schema.js';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import type { PlanItem } from '../../src/core/plan/planContentSchema.js';
import { loadContent } from '../../src/files/loadBank.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error(`questions/ does not load:\n${JSON.stringify(loaded.problems, null, 2)}`);
const { bank, plan: content, states } = loaded.content;
if (!states) throw new Error('questions/states.yaml is missing');
const NOW = new Date('2026-11-15T12:00:00Z');

const STATUS_ITEM = { licensed: 'state_licensed', not_licensed: 'state_not_licensed', unknown: 'state_unknown' } as const;

const technologist = (credential: string, discipline: string): Answers => ({ pathway: 'post_primary', credentials_held: [credential], discipline, employment: 'employed_imaging_other', education_program: 'courses_only' });
const sonographer: Answers = { pathway: 'sonographer', credentials_held: ['radiography'], discipline: 'abdomen', employment: 'employed_imaging_other', education_program: 'not_enrolled' };
const sonoStudent: Answers = { pathway: 'sonography_student', credentials_held: ['none'], discipline: 'ob_gyn', education_program: 'program_with_placement', job_offer: 'offer_contingent' };

/** [who, state, answers, the status states.yaml must give, the agency's name must contain, items that must also show, items that must not]. */
const cases: [string, string, Answers, keyof typeof STATUS_ITEM, string, string[], string[]][] = [
  ['radiographer, no discipline chosen yet', 'TX', { ...technologist('radiography', 'not_decided') }, 'licensed', 'Texas Medical Board', ['state_new_site'], ['pp_ct_scope']],
  ['radiographer after CT', 'TX', technologist('radiography', 'ct'), 'licensed', 'Texas Medical Board', [], ['pp_ct_scope', 'pp_ct_scope_generic']],
  ['nuclear medicine technologist moving into CT', 'MA', technologist('nuclear_medicine', 'ct'), 'licensed', 'Radiation Control Program', ['pp_ct_scope'], ['pp_ct_scope_generic']],
  ['radiation therapist moving into CT', 'MT', technologist('radiation_therapy', 'ct'), 'licensed', 'Montana', ['pp_ct_scope'], []],
  ['radiographer after MRI', 'CA', technologist('radiography', 'mri'), 'unknown', 'California Department of Public Health', ['state_new_site'], []],
  ['radiographer after MRI', 'ND', technologist('radiography', 'mri'), 'licensed', 'North Dakota', ['state_new_site'], []],
  ['radiographer after MRI', 'OR', technologist('radiography', 'mri'), 'licensed', 'Oregon Board of Medical Imaging', [], []],
  ['sonographer outside a program', 'NM', sonographer, 'licensed', 'New Mexico Environment Department', ['license_nm'], ['license_nm_student', 'state_student']],
  ['sonography student, offer hinges on the registry', 'OR', sonoStudent, 'licensed', 'Oregon Board of Medical Imaging', ['license_or'], ['state_student', 'state_new_site']],
  ['sonography student', 'NM', sonoStudent, 'licensed', 'New Mexico Environment Department', ['license_nm_student'], ['license_nm']],
  ['sonographer', 'NH', sonographer, 'unknown', 'New Hampshire', ['license_nh'], []],
  ['radiographer after mammography, no licensing law', 'AL', technologist('radiography', 'mammography'), 'not_licensed', 'Alabama', [], ['state_new_site']],
  ['radiographer after CT, no licensing law', 'PA', technologist('radiography', 'ct'), 'not_licensed', 'Pennsylvania', [], ['state_new_site']],
  ['radiographer after MRI, a law for ionizing radiation only', 'WY', technologist('radiography', 'mri'), 'not_licensed', 'Wyoming', [], []],
  ['radiographer after CT', 'FL', technologist('radiography', 'ct'), 'licensed', 'Florida Department of Health', [], []],
  ['sonography student', 'TX', sonoStudent, 'unknown', 'Texas Medical Board', ['state_student', 'license_sono_elsewhere'], []],
];

const items = (answers: Answers): PlanItem[] => buildPlan(planWords, bank, content, answers, NOW, states).sections.flatMap((s) => s.items);

describe('the plan names the state agency and what it licenses for the person', () => {
  it.each(cases)('%s in %s', (_who, state, answers, status, agency, also, never) => {
    const shown = items({ ...answers, state });
    const ids = shown.map((i) => i.id);
    const entry = states.states[state]!;
    expect(entry.agency.name).toContain(agency);
    const item = shown.find((i) => i.id === STATUS_ITEM[status]);
    expect(item, `${STATUS_ITEM[status]} in ${ids.join(', ')}`).toBeDefined();
    // Exactly one status item, and the one states.yaml gives.
    expect(ids.filter((id) => Object.values(STATUS_ITEM).includes(id as never))).toEqual([STATUS_ITEM[status]]);
    expect(item!.text).toContain(entry.agency.name);
    expect(item!.text).toContain(entry.agency.url);
    const family = Object.values(entry.disciplines).find((d) => d.status === status && d.note && item!.text.includes(d.note));
    const dataNote = family?.note;
    if (dataNote) expect(item!.text).toContain(dataNote);
    // The fact's own source and month are cited, never a third-party page.
    const source = item!.sources.find((s) => s.id === 'state_license');
    expect(Object.values(entry.sources).map((s) => s.url)).toContain(source?.url);
    expect(source?.checked).toMatch(/^\d{4}-\d{2}$/);
    expect(item!.basedOn).toContain('State');
    for (const id of also) expect(ids).toContain(id);
    for (const id of never) expect(ids).not.toContain(id);
    for (const i of shown) expect(i.text).not.toMatch(/\{[a-z_]+\}/);
  });

  it('tells a nuclear medicine technologist in Massachusetts that her license alone does not cover CT, and whom to ask', () => {
    const shown = items({ ...technologist('nuclear_medicine', 'ct'), state: 'MA' });
    const fact = shown.find((i) => i.id === 'state_licensed')!;
    expect(fact.text).toContain(states.states.MA!.disciplines.ct.note!);
    expect(shown.find((i) => i.id === 'pp_ct_scope')!.text).toContain('Massachusetts Department of Public Health');
  });

  it('falls back to the general item when the discipline or the state cannot be looked up', () => {
    expect(items({ pathway: 'other', credentials_held: ['none'], discipline: 'not_decided', state: 'TX' }).map((i) => i.id)).toContain('state_generic');
    const abroad = items({ ...technologist('radiography', 'ct'), state: 'outside_us' }).map((i) => i.id);
    expect(abroad.filter((id) => id.startsWith('state_'))).toEqual([]);
  });
});

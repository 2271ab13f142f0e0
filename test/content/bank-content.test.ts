import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { visibleOptions } from '../../src/core/bank/evaluate.js';
import type { ChoiceQuestion, QuestionInBank } from '../../src/core/bank/schema.js';
import { loadContent } from '../../src/files/loadBank.js';

const QUESTIONS_DIR = fileURLToPath(new URL('../../questions', import.meta.url));
const result = loadContent(QUESTIONS_DIR);

function content() {
  if (!result.ok) throw new Error(`questions/ does not load:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.content;
}
const bank = () => content().bank;
const question = (id: string): QuestionInBank => {
  const q = bank().questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question “${id}”`);
  return q;
};
const choice = (id: string): ChoiceQuestion => {
  const q = question(id);
  if (!('options' in q)) throw new Error(`“${id}” is not a choice question`);
  return q;
};

describe('the real question bank', () => {
  it('loads and validates with no problems', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(bank().id).toBe('clinical-path');
    expect(bank().version).toBe('2026.12');
  });

  it('asks pathway first and discipline second', () => {
    expect(bank().questions.slice(0, 2).map((q) => q.id)).toEqual(['pathway', 'discipline']);
    expect(question('pathway').kind).toBe('single');
    expect(question('discipline').kind).toBe('single');
  });

  it('offers the four pathways', () => {
    expect(choice('pathway').options.map((o) => o.value)).toEqual(['post_primary', 'sonography_student', 'sonographer', 'other']);
  });

  // design.md §4: survey staff scripts, REDCap imports and the report depend on these exact values and figures.
  it.each<[string, 'single' | 'multi', Record<string, number | undefined>]>([
    ['site_types', 'multi', { hospital: 78.9, imaging_center: 19.7, large_clinic: 10.6, small_clinic: undefined, other: undefined }],
    ['clinical_arrangement', 'multi', { employer: 71.3, educational_program: 24.5, non_employer_provider: 8.4, other: 5.6 }],
    [
      'hipaa_training',
      'single',
      { employer: 65.5, clinical_facility: 16.2, educational_program: 14.1, unspecified: 2.8, online: 1.4, not_yet: undefined },
    ],
    ['liability_required', 'single', { yes: undefined, no: 78.6, not_sure: undefined }],
    ['paid_for_clinicals', 'single', { yes: undefined, no: undefined, not_yet: undefined, prefer_not_to_say: undefined }],
  ])('contract question %s (%s) has exactly the agreed values and ASRT figures', (id, kind, figures) => {
    const q = choice(id);
    expect(q.kind).toBe(kind);
    expect(q.options.map((o) => o.value)).toEqual(Object.keys(figures));
    expect(Object.fromEntries(q.options.map((o) => [o.value, o.asrt_percent]))).toEqual(figures);
    expect(q.show_if).toBeUndefined();
    expect(q.options.every((o) => o.show_if === undefined)).toBe(true);
  });

  it.each(['post_primary', 'sonography_student', 'sonographer', 'other'])('pathway %s sees at least two disciplines', (pathway) => {
    expect(visibleOptions(choice('discipline'), { pathway }).length).toBeGreaterThanOrEqual(2);
  });

  it('shows post-primary disciplines to technologists and sonography specialties to sonographers', () => {
    const seen = (pathway: string) => visibleOptions(choice('discipline'), { pathway }).map((o) => o.value);
    expect(seen('post_primary')).toEqual(expect.arrayContaining(['ct', 'mri', 'mammography', 'bone_densitometry', 'cardiac_interventional', 'vascular_interventional', 'vascular_sonography', 'breast_sonography']));
    expect(seen('post_primary')).not.toContain('abdomen');
    for (const pathway of ['sonography_student', 'sonographer']) {
      expect(seen(pathway)).toEqual(expect.arrayContaining(['abdomen', 'ob_gyn', 'adult_echo', 'pediatric_echo', 'vascular_sonography', 'msk', 'not_decided']));
      expect(seen(pathway)).not.toContain('ct');
    }
  });

  it('asks for supporting credentials only on the post-primary pathway', () => {
    expect(question('credentials_held').kind).toBe('multi');
    expect(question('credentials_held').show_if).toEqual({ question: 'pathway', in: ['post_primary'] });
  });

  it('puts the SPI and job-offer questions behind the sonography pathways', () => {
    for (const id of ['spi_status', 'job_offer']) {
      expect(question(id).show_if).toEqual({ question: 'pathway', in: ['sonography_student', 'sonographer'] });
    }
  });

  it('asks the arrangement follow-ups only when they apply', () => {
    expect(question('employer_hours').show_if).toEqual({ question: 'clinical_arrangement', in: ['employer'] });
    expect(question('site_authorization').show_if).toEqual({ question: 'clinical_arrangement', in: ['non_employer_provider'] });
    expect(question('liability_source').show_if).toEqual({ question: 'liability_required', in: ['yes'] });
  });

  it('offers “Prefer not to say” on the sensitive questions', () => {
    for (const id of ['employment', 'education_program', 'paid_for_clinicals', 'state', 'job_offer']) {
      expect(choice(id).options.map((o) => o.value), id).toContain('prefer_not_to_say');
    }
  });

  it('lists the 50 states, DC and PR by two-letter code, with type-to-filter', () => {
    const state = choice('state');
    expect(state.filter).toBe(true);
    const codes = state.options.map((o) => o.value).filter((v) => /^[A-Z]{2}$/.test(v));
    expect(codes).toHaveLength(52);
    expect(codes).toEqual(expect.arrayContaining(['DC', 'PR', 'NM', 'NH', 'ND', 'OR']));
    expect(state.options.map((o) => o.value)).toEqual(expect.arrayContaining(['outside_us', 'prefer_not_to_say']));
  });

  it('asks the five reflection questions as single choices, saying they have no right answers', () => {
    const ids = ['reflect_watched', 'reflect_evaluation', 'reflect_relocation', 'reflect_relationships', 'reflect_registry_offer'];
    for (const id of ids) expect(question(id).kind, id).toBe('single');
    expect(question('reflect_watched').help).toMatch(/don't have right answers/);
  });

  it('ends with the optional free-text obstacle, flagged as identifying', () => {
    const last = bank().questions.at(-1);
    expect(last?.id).toBe('obstacle');
    expect(last).toMatchObject({ kind: 'text', optional: true, identifier: true });
    expect(last?.kind === 'text' && last.max_length).toBeLessThanOrEqual(500);
  });

  it('gives every question a short label for review screens and reports', () => {
    for (const q of bank().questions) expect(q.label, q.id).toBeTruthy();
  });
});

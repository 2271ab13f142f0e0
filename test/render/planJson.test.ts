import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/bank/schema.js';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import { renderPlanJson } from '../../src/render/planJson.js';
import { renderPlan, type PlanFormat } from '../../src/render/renderPlan.js';
import { tinyBank } from '../fixtures/tinyBank.js';
import { postPrimaryAnswers, studentAnswers, tinyPlan } from '../fixtures/tinyPlan.js';
import { samplePlan } from './planSample.js';

const NOW = new Date('2026-11-15T12:00:00Z');

describe('renderPlanJson', () => {
  it.each<[string, Answers]>([
    ['a post-primary technologist', postPrimaryAnswers],
    ['a sonography student', studentAnswers],
    ['no answers', {}],
  ])('parses back to the same plan for %s', (_name, answers) => {
    const plan = buildPlan(planWords, tinyBank(), tinyPlan, answers, NOW);
    const json = renderPlanJson(plan);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(plan);
  });

  it('has the contract keys (design.md §4)', () => {
    const parsed = JSON.parse(renderPlanJson(buildPlan(planWords, tinyBank(), tinyPlan, studentAnswers, NOW))) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(['asOf', 'comparison', 'disclaimer', 'factsChecked', 'nextSteps', 'sections']);
    expect(parsed.asOf).toBe('2026-11');
    const sections = parsed.sections as { id: string; title: string; items: Record<string, unknown>[] }[];
    expect(sections.map((s) => s.id)).toEqual(['site_search', 'hipaa_training', 'liability_coverage', 'credential_timing']);
    expect(Object.keys(sections[0]?.items[0] ?? {}).sort()).toEqual(['basedOn', 'id', 'sources', 'text', 'title', 'why']);
    expect(Object.keys((sections[0]?.items[0]?.sources as object[])[0] ?? {}).sort()).toEqual(['checked', 'id', 'title', 'url']);
    expect(Object.keys((parsed.comparison as object[])[0] ?? {}).sort()).toEqual(['option', 'percent', 'question', 'text']);
  });

  it('carries the next steps and the obstacle with its themes', () => {
    const json = renderPlanJson(samplePlan);
    const parsed = JSON.parse(json) as typeof samplePlan;
    expect(parsed).toEqual(samplePlan);
    expect(Object.keys(parsed)).toEqual(['asOf', 'factsChecked', 'disclaimer', 'nextSteps', 'obstacle', 'sections', 'comparison']);
    expect(parsed.nextSteps[0]).toEqual({ text: 'Ask your manager whether your own department can host your clinical hours.', item: 'own_workplace' });
    expect(parsed.obstacle?.themes.map((t) => t.items)).toEqual([['own_workplace', 'verifier'], ['own_workplace']]);
    // The person's words keep their controls only as \u escapes: nothing a terminal would act on when printed.
    expect(json).toContain('"said": "My manager\\u001b]52;c;cm0gLXJmIH4K\\u0007 says no and\\u001b[2J I would have to relocate\\u202e"');
  });
});

describe('renderPlan', () => {
  const plan = buildPlan(planWords, tinyBank(), tinyPlan, studentAnswers, NOW);
  it.each<[PlanFormat, string]>([
    ['text', 'Your clinical-path plan — as of 2026-11\n'],
    ['markdown', '# Your clinical-path plan\n'],
    ['json', '{\n  "asOf": "2026-11",'],
  ])('renders %s', (format, start) => {
    const out = renderPlan(plan, format, { color: false, width: 80 });
    expect(out.startsWith(start)).toBe(true);
    expect(out.endsWith('\n')).toBe(true);
  });
});

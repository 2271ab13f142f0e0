import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/bank/schema.js';
import { startFlow } from '../../src/core/flow/flowReducer.js';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import type { PlanContent } from '../../src/core/plan/planContentSchema.js';
import { buildReport } from '../../src/core/survey/buildReport.js';
import { addToTally, createTally } from '../../src/core/survey/tally.js';
import { questionLines } from '../../src/plain/questionLines.js';
import { reviewLines } from '../../src/plain/reviewLines.js';
import { renderDictionaryJson } from '../../src/render/dictionaryJson.js';
import { renderDictionaryRedcap } from '../../src/render/dictionaryRedcap.js';
import { renderPlan } from '../../src/render/renderPlan.js';
import { renderReport } from '../../src/render/renderReport.js';
import { RAW_UNSAFE } from '../e2e/hostileSamples.js';
import { tinyBank } from '../fixtures/tinyBank.js';
import { postPrimaryAnswers, tinyPlan } from '../fixtures/tinyPlan.js';

/**
 * Defence in depth (issue 6): the schemas refuse a bank with control, bidi or invisible characters, but everything
 * that prints bank text still cleans it. These banks are built past the schemas, as a bug or a future field would.
 */
const EVIL = 'Hosp\u001b[31mi\u001b]8;;http://evil.example\u0007tal\u001b]8;;\u0007 \u001b]52;c;cm0gLXJmIH4K\u0007\u202edesrever\u2066 \u009b2J\rback\b\u200b\u0085';

function hostileBank(): Bank {
  const bank = tinyBank();
  bank.title = EVIL;
  bank.version = `1${EVIL}`;
  for (const q of bank.questions) {
    Object.assign(q, { prompt: `${q.prompt} ${EVIL}`, help: EVIL, label: `${q.id} ${EVIL}`, section: `${q.section} ${EVIL}` });
    if (q.kind === 'text') q.placeholder = EVIL;
    else if ('options' in q) for (const o of q.options) Object.assign(o, { label: `${o.label} ${EVIL}`, hint: EVIL, phrase: `${o.value} ${EVIL}` });
  }
  return bank;
}

function hostilePlan(): PlanContent {
  const plan = structuredClone(tinyPlan);
  plan.disclaimer = EVIL;
  for (const s of plan.sections) Object.assign(s, { title: `${s.title} ${EVIL}`, intro: EVIL });
  for (const item of plan.items) Object.assign(item, { text: `${item.text} ${EVIL}`, because: EVIL });
  for (const source of Object.values(plan.sources)) source.title = EVIL;
  for (const c of plan.comparisons) c.text = `${c.text} ${EVIL}`;
  return plan;
}

const bank = hostileBank();
const plan = buildPlan(planWords, bank, hostilePlan(), postPrimaryAnswers, new Date('2026-11-15T12:00:00Z'));
const tally = createTally(bank);
for (let i = 0; i < 6; i += 1) addToTally(tally, postPrimaryAnswers);
const report = buildReport(bank, tally, { minCell: 1, duplicatesRemoved: 0, invalid: 0 });

describe('hostile bank text is cleaned wherever it is printed', () => {
  it.each<[string, () => string]>([
    ['plan text', () => renderPlan(plan, 'text', { color: false })],
    // Our own colour codes are allowed; only the bank's escapes must be gone.
    // eslint-disable-next-line no-control-regex -- removing exactly the SGR sequences the renderer adds
    ['plan text in colour', () => renderPlan(plan, 'text', { color: true }).replace(/\u001b\[[0-9;]*m/g, '')],
    ['plan markdown', () => renderPlan(plan, 'markdown')],
    ['plan json', () => renderPlan(plan, 'json')],
    ['report text', () => renderReport(report, 'text', { color: false })],
    ['report markdown', () => renderReport(report, 'markdown')],
    ['report csv', () => renderReport(report, 'csv')],
    ['report json', () => renderReport(report, 'json')],
    ['dictionary (REDCap)', () => renderDictionaryRedcap(bank)],
    ['dictionary (json)', () => renderDictionaryJson(bank)],
    // Listed: the long lists in full too, as `?` shows them.
    ['plain mode: every question', () => bank.questions.flatMap((q) => questionLines(bank, { ...startFlow(bank, { answers: postPrimaryAnswers }), screen: 'question', current: q.id, editing: false, error: null }, true)).join('\n')],
    ['plain mode: the review', () => reviewLines(bank, postPrimaryAnswers).join('\n')],
  ])('%s: nothing raw, no payload', (name, render) => {
    const text = render();
    expect(text).not.toMatch(RAW_UNSAFE);
    // JSON keeps the bank's text as written, its controls only as \u escapes; every other format drops the payload.
    if (!name.includes('json')) expect(text).not.toMatch(/cm0gLXJmIH4K|evil\.example/);
  });

  it('keeps the words around the payload', () => {
    const text = renderPlan(plan, 'text', { color: false, width: 1000 });
    expect(text).toContain('Hospital');
    expect(text).toMatch(/desrever +back/);
  });
});

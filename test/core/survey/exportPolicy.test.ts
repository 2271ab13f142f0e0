import { describe, expect, it } from 'vitest';
import { parseBank, type BankProblem } from '../../../src/core/bank/parseBank.js';
import type { Bank } from '../../../src/core/bank/schema.js';
import { anonymize } from '../../../src/core/survey/anonymize.js';
import { exportedBank } from '../../../src/core/survey/exportedBank.js';
import { validateResponse } from '../../../src/core/survey/validateResponse.js';
import { tinySections } from '../../fixtures/tinyBank.js';
import { wordProblem } from '../../../src/messages/en.js';

const regions = {
  label: 'Region',
  groups: [
    { value: 'east', label: 'East', from: ['NY'] },
    { value: 'middle', label: 'Middle', from: ['ND', 'TX'] },
    { value: 'west', label: 'West', from: ['NM', 'OR'] },
    { value: 'prefer_not_to_say', label: 'Prefer not to say', from: ['prefer_not_to_say'] },
  ],
};
const siteGroups = { label: 'Site size', groups: [{ value: 'big', label: 'Big', from: ['hospital', 'imaging_center'] }, { value: 'small', label: 'Small', from: ['small_clinic'] }] };

/** The tiny bank with `export:` set on some questions and the coarsenings above. */
function bankWith(policies: Record<string, unknown>, coarsen: Record<string, unknown> = { regions, site_size: siteGroups }) {
  const sections = tinySections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.id in policies ? { ...q, export: policies[q.id] } : q)) }));
  return parseBank(
    { file: 'bank.yaml', data: { id: 'tiny', version: '1', title: 'Tiny bank', coarsen } },
    sections.map((data, i) => ({ file: `sections/0${i + 1}.yaml`, data })),
  );
}
function okBank(policies: Record<string, unknown>): Bank {
  const result = bankWith(policies);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bank;
}
const answers = { pathway: 'post_primary', discipline: 'ct', site_types: ['hospital', 'imaging_center', 'small_clinic'], state: 'TX', obstacle: 'my manager Jo Smith' };
const send = (bank: Bank, includeText = false) =>
  anonymize(bank, answers, { responseId: '0f8fad5b-d9cb-469f-a165-70867728950e', month: '2026-11', includeText }).answers;

describe('export policy', () => {
  it.each([
    { name: 'keep (the default) sends the answer as given', policies: {}, expected: { state: 'TX', site_types: ['hospital', 'imaging_center', 'small_clinic'] } },
    { name: 'coarsen sends the group of a single answer', policies: { state: { coarsen: 'regions' } }, expected: { state: 'middle' } },
    { name: 'coarsen sends each group of a tick-box answer once', policies: { site_types: { coarsen: 'site_size' } }, expected: { site_types: ['big', 'small'] } },
    { name: 'omit sends nothing for the question', policies: { state: 'omit' }, expected: { state: undefined } },
  ])('$name', ({ policies, expected }) => {
    const sent = send(okBank(policies));
    for (const [id, value] of Object.entries(expected)) expect(sent[id]).toEqual(value);
    expect(sent.pathway).toBe('post_primary');
  });

  it('omit on a text question keeps it out even with --include-text', () => {
    expect(send(okBank({}), true).obstacle).toBe('my manager Jo Smith');
    expect(send(okBank({ obstacle: 'omit' }), true)).not.toHaveProperty('obstacle');
  });

  it('a coarsened record is valid against the exported view of the bank, and not against the bank itself', () => {
    const bank = okBank({ state: { coarsen: 'regions' }, obstacle: 'omit' });
    const record = anonymize(bank, answers, { responseId: '0f8fad5b-d9cb-469f-a165-70867728950e', month: '2026-11', includeText: true });
    const view = exportedBank(bank);
    expect(view.questions.find((q) => q.id === 'state')).toMatchObject({ options: regions.groups.map(({ value, label }) => ({ value, label })), filter: false });
    expect(view.questions.map((q) => q.id)).not.toContain('obstacle');
    expect(validateResponse(view, record).ok).toBe(true);
    expect(validateResponse(bank, record).ok).toBe(false);
  });
});

describe('validate checks export policies, naming the question and field', () => {
  const problemsOf = (policies: Record<string, unknown>, coarsen?: Record<string, unknown>): BankProblem[] => {
    const result = bankWith(policies, coarsen);
    return result.ok ? [] : result.problems.map(wordProblem);
  };

  it.each([
    { name: 'an unknown coarsening', policies: { state: { coarsen: 'counties' } }, field: 'export.coarsen', message: /no “coarsen: counties”/ },
    { name: 'a text question coarsened', policies: { obstacle: { coarsen: 'regions' } }, field: 'export', message: /only single and multi/ },
    { name: 'a question that depends on an omitted one', policies: { pathway: 'omit' }, field: 'show_if', message: /depends on “pathway”/ },
    { name: 'an option show_if that depends on a coarsened one', policies: { pathway: { coarsen: 'regions' } }, field: 'show_if', message: /depends on “pathway”/ },
  ])('$name', ({ policies, field, message }) => {
    expect(problemsOf(policies)).toContainEqual(expect.objectContaining({ field, message: expect.stringMatching(message) }));
  });

  it('an option in no group, or in two, and a group naming a value that is not an option', () => {
    const gappy = { label: 'R', groups: [{ value: 'a', label: 'A', from: ['NY', 'TX', 'Utopia'] }, { value: 'b', label: 'B', from: ['TX', 'NM', 'OR', 'ND'] }] };
    const messages = problemsOf({ state: { coarsen: 'regions' } }, { regions: gappy }).map((p) => `${p.questionId} ${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'state export.coarsen: option “TX” is in more than one group (a, b) of coarsen.regions',
      'state export.coarsen: option “prefer_not_to_say” is in no group of coarsen.regions',
      'state export.coarsen: coarsen.regions group “a” lists Utopia, not options of this question',
    ]);
  });
});

describe('validate checks the declared quasi-identifiers', () => {
  const withIdentifiers = (ids: string[], policies: Record<string, unknown> = {}) => {
    const sections = tinySections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.id in policies ? { ...q, export: policies[q.id] } : q)) }));
    const result = parseBank(
      { file: 'bank.yaml', data: { id: 'tiny', version: '1', title: 'Tiny bank', quasi_identifiers: ids } },
      sections.map((data, i) => ({ file: `sections/0${i + 1}.yaml`, data })),
    );
    return result.ok ? [] : result.problems.map(wordProblem).map((p) => `${p.questionId ?? ''} ${p.field}: ${p.message}`);
  };

  it.each([
    { ids: ['state', 'pathway'], policies: {}, problems: [] },
    { ids: ['state', 'county'], policies: {}, problems: [' quasi_identifiers.1: refers to unknown question “county”'] },
    { ids: ['obstacle'], policies: {}, problems: ['obstacle quasi_identifiers.0: must be a single or multi question that is exported'] },
    { ids: ['state'], policies: { state: 'omit' }, problems: ['state quasi_identifiers.0: must be a single or multi question that is exported'] },
  ])('$ids', ({ ids, policies, problems }) => {
    expect(withIdentifiers(ids, policies)).toEqual(problems);
  });
});

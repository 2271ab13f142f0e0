import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/files/loadBank.js';
import { anonymize } from '../../src/core/survey/anonymize.js';
import { exportedBank } from '../../src/core/survey/exportedBank.js';
import { validateResponse } from '../../src/core/survey/validateResponse.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error('the shipped bank must load');
const { bank, personas } = loaded.content;
const send = (answers: Record<string, string | string[]>) =>
  anonymize(bank, answers, { responseId: '0f8fad5b-d9cb-469f-a165-70867728950e', month: '2026-11', includeText: true }).answers;

describe('what the shipped bank sends', () => {
  it.each([
    ['NM', 'west'], ['TX', 'south'], ['DC', 'south'], ['NY', 'northeast'], ['ND', 'midwest'], ['PR', 'puerto_rico'], ['outside_us', 'outside_us'],
  ])('state %s is sent as its region, %s', (state, region) => {
    expect(send({ pathway: 'post_primary', state }).state).toBe(region);
  });

  it('every persona’s export is valid against the exported view, with no state code in it', () => {
    const view = exportedBank(bank);
    const regions = view.questions.find((q) => q.id === 'state');
    expect(regions?.kind === 'single' && regions.options.map((o) => o.value)).toEqual(['northeast', 'midwest', 'south', 'west', 'puerto_rico', 'outside_us', 'prefer_not_to_say']);
    expect(personas.length).toBeGreaterThan(0);
    for (const persona of personas) {
      const record = anonymize(bank, persona.answers, { responseId: '0f8fad5b-d9cb-469f-a165-70867728950e', month: '2026-11', includeText: true });
      expect(validateResponse(view, record)).toMatchObject({ ok: true });
      if ('state' in persona.answers) expect(record.answers.state).toMatch(/^[a-z_]+$/);
    }
  });
});

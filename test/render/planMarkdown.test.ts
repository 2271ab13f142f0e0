import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import type { Plan } from '../../src/core/plan/planContentSchema.js';
import { escapeMarkdown, markdownUrl } from '../../src/render/escapeMarkdown.js';
import { renderPlanMarkdown } from '../../src/render/planMarkdown.js';
import { tinyBank } from '../fixtures/tinyBank.js';
import { postPrimaryAnswers, studentAnswers, tinyBankWith, tinyPlan } from '../fixtures/tinyPlan.js';

const NOW = new Date('2026-11-15T12:00:00Z');
const md = renderPlanMarkdown(buildPlan(tinyBank(), tinyPlan, studentAnswers, NOW));

describe('renderPlanMarkdown', () => {
  it.each([
    ['the title', '# Your clinical-path plan\n'],
    ['the date', '\n_As of 2026-11_\n'],
    ['the comparison', '## How you compare with the ASRT survey\n\n- 78.9% of ASRT respondents named Hospital as a clinical site.'],
    ['a section heading', '\n## Clinical site search\n'],
    ['an item with its reason', '- List the sites within driving distance.\n  - **Why:** Everyone needs a clinical site.'],
    ['sources as links', '**Sources:** [ASRT clinical-site survey](https://www.asrt.org/survey); [ARRT post-primary requirements](https://www.arrt.org/pp)'],
    ['a source without an address as plain text', '**Sources:** HHS HIPAA guidance\n'],
    ['an empty section', '## Credential timing\n\n_Nothing specific for your answers._'],
    ['the disclaimer', 'General information, not advice. Check with ARRT, ARDMS and your clinical site.'],
    ['the facts date', '_Facts checked 2026-11._\n'],
  ])('has %s', (_name, expected) => {
    expect(md).toContain(expected);
  });

  it('escapes links, HTML and emphasis coming from labels', () => {
    const bank = tinyBankWith({
      labels: { 'site_types.hospital': 'Hospital [x](y) <script>alert(1)</script>', 'state.OR': '*Ore*_gon_ `code` ![i](j)' },
    });
    const out = renderPlanMarkdown(buildPlan(bank, tinyPlan, postPrimaryAnswers, NOW));
    expect(out).not.toContain('[x](y)');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('![i](j)');
    expect(out).not.toMatch(/(?<!\\)`/);
    expect(out).toContain('Hospital \\[x\\](y) \\<script\\>alert(1)\\</script\\>');
    expect(out).toContain('\\*Ore\\*\\_gon\\_ \\`code\\` !\\[i\\](j)');
  });

  it('does not link an address that is not http(s), and keeps a link inside its parentheses', () => {
    const plan: Plan = {
      asOf: '2026-11', factsChecked: '2026-11', disclaimer: 'D', comparison: [], nextSteps: [],
      sections: [{ id: 'site_search', title: 'S', items: [{ id: 'i', title: 'I', text: 'T', why: 'W', basedOn: [], sources: [
        { id: 'a', title: 'Bad', url: 'javascript:alert(1)', checked: '2026-11' },
        { id: 'b', title: 'Odd', url: 'https://example.org/a_(b) c', checked: '2026-11' },
      ] }] }],
    };
    const out = renderPlanMarkdown(plan);
    expect(out).not.toContain('](javascript:');
    expect(out).toContain('Bad (javascript:alert(1))');
    expect(out).toContain('[Odd](https://example.org/a_%28b%29%20c)');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a [link](url)', 'a \\[link\\](url)'],
    ['<b>bold</b>', '\\<b\\>bold\\</b\\>'],
    ['*a* _b_ `c` ~d~ \\e', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\\\e'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['---', '\\---'],
    ['1. not a list', '1\\. not a list'],
    ['78.9% is a number', '78.9% is a number'],
    ['two\n\n# lines', 'two # lines'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ['https://www.arrt.org/x', 'https://www.arrt.org/x'],
    ['mailto:a@b.org', 'mailto:a@b.org'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
  ])('markdownUrl(%j) → %j', (url, expected) => {
    expect(markdownUrl(url)).toBe(expected);
  });
});

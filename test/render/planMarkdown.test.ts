import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/plan/buildPlan.js';
import { planWords } from '../../src/messages/planWords.js';
import type { Plan } from '../../src/core/plan/planContentSchema.js';
import { escapeMarkdown, markdownUrl } from '../../src/render/escapeMarkdown.js';
import { renderPlanMarkdown } from '../../src/render/planMarkdown.js';
import { RAW_UNSAFE } from '../e2e/hostileSamples.js';
import { tinyBank } from '../fixtures/tinyBank.js';
import { postPrimaryAnswers, studentAnswers, tinyBankWith, tinyPlan } from '../fixtures/tinyPlan.js';
import { samplePlan } from './planSample.js';

const NOW = new Date('2026-11-15T12:00:00Z');
const md = renderPlanMarkdown(buildPlan(planWords, tinyBank(), tinyPlan, studentAnswers, NOW));

describe('renderPlanMarkdown', () => {
  it('prints the whole plan: next steps, the obstacle, the comparison, then each item with its full Why and Sources', () => {
    expect(renderPlanMarkdown(samplePlan)).toMatchInlineSnapshot(`
      "# Your clinical-path plan

      _As of 2026-11_

      ## Your next steps

      1. Ask your manager whether your own department can host your clinical hours. (see “Start with your own workplace”)
      2. Ask each site which HIPAA module it accepts. (see “Which HIPAA module”)
      3. Find a registered technologist who will verify your procedures. (see “Line up a verifier”)

      ## What you said is in your way

      > “My manager says no and I would have to relocate”

      - Your employer: see “Start with your own workplace”, “Line up a verifier”
      - Distance: see “Start with your own workplace”

      ## How you compare with ASRT members pursuing a post-primary credential

      - 78.9% of ASRT respondents named a hospital as a clinical site.

      ## Clinical site search

      Where to look, given your answers.

      - **Start with your own workplace** — Most members found their site through their employer.
        - **Why:** You answered “Employment”: “Employed where this discipline is performed”; “Education program”: “Courses only”.
        - **Sources:** [ARRT verifiers](https://www.arrt.org/verifiers), checked 2026-10; [ARRT supervisor](https://www.arrt.org/supervisor), checked 2026-09
      - **Line up a verifier** — A registered technologist signs off each procedure you perform.
        - **Why:** This applies to everyone.
        - **Sources:** ASRT clinical-site survey, checked 2026-10

      ## HIPAA training

      - **Which HIPAA module** — Sites often accept your employer’s HIPAA training; ask which module.
        - **Why:** You answered “HIPAA training”: “Through my employer”.
        - **Sources:** [HHS, HIPAA training and workforce guidance for covered entities](https://www.hhs.gov/hipaa), checked 2026-10

      ---

      General information, not advice. Verify with ARRT and your clinical site.

      _Facts checked 2026-10._
      "
    `);
  });

  it.each([
    ['the title', '# Your clinical-path plan\n'],
    ['the date', '\n_As of 2026-11_\n'],
    ['the comparison', '## How you compare with ASRT members pursuing a post-primary credential\n\n- 78.9% of ASRT respondents named Hospital as a clinical site.'],
    ['a section heading', '\n## Clinical site search\n'],
    ['an item with its bold title, text and reason', '- **List nearby sites** — List the sites within driving distance.\n  - **Why:** Everyone needs a clinical site.'],
    ['sources as links with their month', '**Sources:** [ASRT clinical-site survey](https://www.asrt.org/survey), checked 2026-11; [ARRT post-primary requirements](https://www.arrt.org/pp), checked 2026-11'],
    ['a source without an address as plain text', '**Sources:** HHS HIPAA guidance, checked 2026-11\n'],
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
    const out = renderPlanMarkdown(buildPlan(planWords, bank, tinyPlan, postPrimaryAnswers, NOW));
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

  it('escapes next steps, the obstacle, its themes and item titles', () => {
    const plan = structuredClone(samplePlan);
    plan.nextSteps[0]!.text = '# Call [them](javascript:x) <b>now</b>';
    plan.sections[0]!.items[0]!.title = '*Own* [workplace](http://evil.example)';
    plan.obstacle!.title = '<img src=x onerror=alert(1)>';
    plan.obstacle!.said = `${plan.obstacle!.said} **loud** [x](y)`;
    plan.obstacle!.themes[1]!.label = '- Distance_';
    const out = renderPlanMarkdown(plan);
    expect(out).not.toMatch(RAW_UNSAFE);
    expect(out).not.toContain('cm0gLXJmIH4K');
    // Only escaped: a backslash before every bracket and angle bracket, so nothing links or renders as HTML.
    expect(out).not.toMatch(/(?<!\\)\]\((?:javascript|http:\/\/evil)|(?<!\\)<(?:img|b>)/);
    expect(out).toContain('1. \\# Call \\[them\\](javascript:x) \\<b\\>now\\</b\\> (see “\\*Own\\* \\[workplace\\](http://evil.example)”)');
    expect(out).toContain('## \\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('> “My manager says no and I would have to relocate \\*\\*loud\\*\\* \\[x\\](y)”');
    expect(out).toContain('- \\- Distance\\_: see “\\*Own\\* \\[workplace\\](http://evil.example)”');
    expect(out).toContain('- **\\*Own\\* \\[workplace\\](http://evil.example)** — Most members');
  });

  it('leaves out next steps and the obstacle when the plan has none', () => {
    expect(md).not.toContain('## Your next steps');
    expect(md).not.toContain('My manager');
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

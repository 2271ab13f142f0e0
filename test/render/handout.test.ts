import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/core/plan/comparePlans.js';
import type { Handout } from '../../src/render/Handout.js';
import { renderHandoutMarkdown } from '../../src/render/handoutMarkdown.js';
import { renderHandoutText } from '../../src/render/handoutText.js';
import { renderPlanMarkdown } from '../../src/render/planMarkdown.js';
import { renderPlanText } from '../../src/render/planText.js';
import { samplePlan } from './planSample.js';

/** A persona from a `--questions DIR` that is not ours: its words must stay words in the handout. */
const hostile: Handout = {
  name: 'Eve [x](https://evil.example)',
  story: '# Not a heading <img src=x onerror=alert(1)> *bold*',
  answers: [{ label: 'State', answer: '1. [Oregon](javascript:alert(1))' }],
  plan: samplePlan,
  comparison: {
    otherName: 'Mal',
    otherStory: '- not a list',
    answers: [{ label: 'State', first: 'Ohio', second: undefined }],
    plans: comparePlans(samplePlan, { ...samplePlan, sections: samplePlan.sections.map((s) => ({ ...s, items: [] })) }),
  },
};

describe('handout renderers', () => {
  it('Markdown: the plan exactly as plan --format markdown writes it, and data that cannot add links, HTML or headings', () => {
    const md = renderHandoutMarkdown(hostile);
    expect(md).toContain(renderPlanMarkdown(samplePlan));
    // Outside the plan (whose sources are links), a bracket is only ever escaped: `\](` is text, `](` a link.
    expect(md.replace(renderPlanMarkdown(samplePlan), '')).not.toMatch(/(?<!\\)\]\(/);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toMatch(/^\\# Not a heading/m);
    expect(md).toContain('**State:** Eve \\[x\\](https://evil.example) answered “Ohio”; Mal was not asked this question.');
    expect(md).toMatch(/Only in Eve .*'s plan \(\d+\):/);
  });

  it('text: the plan exactly as plan --format text --out writes it, 80 columns, no color', () => {
    const text = renderHandoutText(hostile);
    expect(text).toContain(renderPlanText(samplePlan, { color: false, width: 80, details: true }));
    expect(text).not.toContain('\u001B');
    expect(text.replace(/\s+/g, ' ')).toContain('State: Eve [x](https://evil.example) answered “Ohio”; Mal was not asked this question.');
  });
});

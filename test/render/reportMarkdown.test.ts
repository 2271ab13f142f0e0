import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/renderReport.js';
import { renderReportMarkdown } from '../../src/render/reportMarkdown.js';
import { sampleReport } from './reportSample.js';

const report = sampleReport();
const md = renderReportMarkdown(report);

describe('renderReportMarkdown', () => {
  it.each([
    ['the title', '# Survey report\n'],
    ['respondents', '- Respondents: 120'],
    ['duplicates', '- Duplicates removed: 3'],
    ['invalid records', '- Invalid records skipped: 2'],
    ['the baseline named', '- ASRT = published ASRT member survey figures (clinical-site survey)'],
    ['a question heading', '## Kinds of clinical site\n'],
    ['its denominator and the multi-choice warning', 'Answered: 118 (multi-choice: may sum to more than 100%)'],
    ['a suppressed denominator', 'Answered: suppressed\n'],
    ['the table header', '| Option | Count | % | ASRT % |\n| --- | ---: | ---: | ---: |\n'],
    ['a row with the ASRT figure', '| Hospital | 93 | 78.8 | 78.9 |'],
    ['a row without one', '| redlink | 0 | 0.0 | — |'],
    ['a suppressed cell marked', '| Large clinic | suppressed | suppressed | 10.6 |'],
  ])('shows %s', (_name, expected) => {
    expect(md).toContain(expected);
  });

  it('escapes labels so they cannot add Markdown or break the table', () => {
    expect(md).toContain('## HIPAA \\| training \\*where\\*\n');
    expect(md).toContain('| =cmd\\|calc | 100 | 83.3 | 65.5 |');
    expect(md).toContain('| \\- not yet | suppressed | suppressed | — |');
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(row.split(/(?<!\\)\|/).length - 2, row).toBe(4);
    }
  });

  it('has no control characters', () => {
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it('is what renderReport gives for "markdown"', () => {
    expect(renderReport(report, 'markdown')).toBe(md);
  });
});

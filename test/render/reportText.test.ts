import { Chalk } from 'chalk';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/renderReport.js';
import { ASRT_GLYPH, OURS_GLYPH, renderReportText } from '../../src/render/reportText.js';
import { HOSTILE, sampleReport } from './reportSample.js';

const report = sampleReport();
const plain = renderReportText(report, { color: false, width: 80 });
const lines = plain.split('\n');
const lineWith = (text: string) => lines.find((l) => l.includes(text)) ?? '';

describe('renderReportText', () => {
  it.each([
    ['respondents', 'Survey report: 120 respondents'],
    ['duplicates and invalid records', 'Duplicates removed: 3 · invalid records skipped: 2'],
    ['the denominator', 'answered: 118'],
    ['the multi-choice warning', '(multi-choice: may sum to more than 100%)'],
    ['a suppressed denominator', 'answered: suppressed'],
    ['the suppression rule with K', 'Counts below 5, zeros included, are suppressed'],
    ['the baseline named', 'ASRT = published ASRT member survey figures (clinical-site survey)'],
    ['percent and count', '78.8%  (93)'],
    ['the ASRT figure', '78.9%'],
  ])('shows %s', (_name, expected) => {
    expect(plain.replace(/\s*\n\s*/g, ' ')).toContain(expected);
  });

  it('draws our bar and, beneath it, the ASRT bar with other glyphs, scaled to the same track', () => {
    const ours = lineWith('Hospital');
    const index = lines.indexOf(ours);
    const asrt = lines[index + 1] ?? '';
    expect(ours).toMatch(/ours █+/);
    expect(asrt).toMatch(/ASRT ░+/);
    const oursCells = ours.split(OURS_GLYPH).length - 1;
    const asrtCells = asrt.split(ASRT_GLYPH).length - 1;
    expect(Math.abs(oursCells - asrtCells)).toBeLessThanOrEqual(1);
    const small = lineWith('Imaging center').split(OURS_GLYPH).length - 1;
    expect(small).toBeLessThan(oursCells / 2);
    expect(ours.indexOf('78.8%')).toBe(asrt.indexOf('78.9%'));
  });

  it('marks suppressed cells instead of leaving them blank, and still shows the published figure', () => {
    const row = lineWith('Large clinic');
    expect(row).toMatch(/ours suppressed$/);
    expect(lines[lines.indexOf(row) + 1]).toMatch(/ASRT ░+\s+10\.6%$/);
    expect(lineWith('not yet')).toContain('suppressed');
  });

  it('prints no escape sequence without color, and strips control characters from labels', () => {
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(plain).not.toMatch(/\u001b|\u0007/);
    expect(plain).toContain('redlink');
    expect(plain).not.toContain(HOSTILE);
  });

  it('uses color only for emphasis', () => {
    const colored = renderReportText(report, { chalk: new Chalk({ level: 1 }), width: 80 });
    expect(colored).toContain('\u001b[');
    expect(stripAnsi(colored)).toBe(plain);
  });

  it.each([40, 60, 100, 120])('fits %i columns', (width) => {
    const out = renderReportText(report, { color: false, width });
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
  });

  it('says so when there is nothing to report', () => {
    const out = renderReportText({ ...report, respondents: 0, questions: [] }, { color: false });
    expect(out).toContain('No valid responses to report.');
  });

  it('is what renderReport gives for "text"', () => {
    expect(renderReport(report, 'text', { color: false, width: 80 })).toBe(plain);
  });
});

describe('report notes on noise', () => {
  it('say that noise was added, with the epsilon, only when it was', () => {
    const noised = renderReport({ ...sampleReport(), noise: { epsilon: 0.5, sensitivity: 40 } }, 'text', { width: 100 });
    expect(noised.replace(/\s*\n\s*/g, ' ')).toContain('Random noise was added to every count shown (discrete Laplace, epsilon 0.5 for this whole report)');
    expect(renderReport(sampleReport(), 'text', { width: 100 })).not.toContain('noise');
  });
});

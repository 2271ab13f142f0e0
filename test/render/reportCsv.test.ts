import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/renderReport.js';
import { renderReportCsv } from '../../src/render/reportCsv.js';
import { sampleReport } from './reportSample.js';

const report = sampleReport();
const csv = renderReportCsv(report);
const lines = csv.trimEnd().split('\n');

describe('renderReportCsv', () => {
  it('is long format: a header, then one row per option', () => {
    expect(lines[0]).toBe('question_id,question_label,kind,answered,option_value,option_label,count,percent,suppressed,asrt_percent');
    expect(lines).toHaveLength(1 + report.questions.reduce((n, q) => n + q.options.length, 0));
    expect(csv.endsWith('\n')).toBe(true);
  });

  it.each([
    ['a shown cell', 'site_types,Kinds of clinical site,multi,118,hospital,Hospital,93,78.8,false,78.9'],
    ['a suppressed cell', 'site_types,Kinds of clinical site,multi,118,large_clinic,Large clinic,suppressed,suppressed,true,10.6'],
    ['a cell without an ASRT figure, label stripped of escapes', 'site_types,Kinds of clinical site,multi,118,other,redlink,0,0.0,false,'],
    ['a formula neutralised', `hipaa_training,HIPAA | training *where*,single,120,employer,'=cmd|calc,100,83.3,false,65.5`],
    ['a comma quoted', 'hipaa_training,HIPAA | training *where*,single,120,online,"Online, on my own",suppressed,suppressed,true,1.4'],
    ['a leading minus neutralised', `not_yet,'- not yet,suppressed`],
    ['a suppressed denominator', 'tiny_group,A question few answered,single,suppressed,a,A,suppressed,suppressed,true,'],
  ])('writes %s', (_name, expected) => {
    expect(lines.some((l) => l.includes(expected)), expected).toBe(true);
  });

  it('never starts a cell with a formula character', () => {
    const cells = lines.flatMap((l) => l.split(','));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('is what renderReport gives for "csv"', () => {
    expect(renderReport(report, 'csv')).toBe(csv);
  });
});

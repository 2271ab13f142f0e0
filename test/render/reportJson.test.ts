import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/renderReport.js';
import { renderReportJson } from '../../src/render/reportJson.js';
import { sampleReport } from './reportSample.js';

const report = sampleReport();

describe('renderReportJson', () => {
  it('round-trips', () => {
    const json = renderReportJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('has the documented shape, with suppressed numbers null', () => {
    const parsed = JSON.parse(renderReport(report, 'json'));
    expect(Object.keys(parsed)).toEqual(['respondents', 'duplicatesRemoved', 'invalid', 'minCell', 'questions']);
    expect(Object.keys(parsed.questions[0])).toEqual(['id', 'label', 'kind', 'answered', 'options']);
    expect(Object.keys(parsed.questions[0].options[0])).toEqual(['value', 'label', 'count', 'percent', 'suppressed', 'baselinePercent']);
    expect(parsed.questions[0].options[2]).toMatchObject({ count: null, percent: null, suppressed: true });
  });

  it('escapes control characters', () => {
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(renderReportJson(report)).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

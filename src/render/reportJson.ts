import type { Report } from '../core/survey/responseFile.js';

/**
 * The report as the documented JSON: {respondents, duplicatesRemoved, invalid, minCell, questions: [{id, label, kind,
 * answered, options: [{value, label, count, percent, suppressed, baselinePercent}]}]}, suppressed numbers null.
 * JSON escapes every control character, so labels need no other treatment.
 */
export function renderReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

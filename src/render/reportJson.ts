import type { Report } from '../core/survey/responseFile.js';
import { safeJson } from '../core/text/safeJson.js';

/**
 * The report as the documented JSON: {respondents, duplicatesRemoved, invalid, minCell, questions: [{id, label, kind,
 * answered, options: [{value, label, count, percent, suppressed, baselinePercent}]}]}, suppressed numbers null.
 * safeJson escapes every control, bidi and invisible character, so labels need no other treatment.
 */
export function renderReportJson(report: Report): string {
  return `${safeJson(report, 2)}\n`;
}

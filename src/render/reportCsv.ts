import type { Report } from '../core/survey/responseFile.js';
import { csvRow } from './csvRow.js';
import { stripControl } from '../core/text/stripControl.js';

export const REPORT_CSV_COLUMNS = [
  'question_id', 'question_label', 'kind', 'answered', 'option_value', 'option_label', 'count', 'percent', 'suppressed', 'asrt_percent',
] as const;

const SUPPRESSED = 'suppressed';

/**
 * The report in long format, one row per option under a header row. A suppressed denominator, count or percentage
 * reads "suppressed"; an empty percent means nobody answered; an empty asrt_percent means no published figure.
 * csvRow quotes per RFC 4180 and neutralises cells a spreadsheet would run as formulas.
 */
export function renderReportCsv(report: Report): string {
  const lines = [csvRow(REPORT_CSV_COLUMNS)];
  for (const q of report.questions) {
    for (const o of q.options) {
      const hidden = o.suppressed || o.count === null;
      lines.push(
        csvRow([
          q.id,
          stripControl(q.label),
          q.kind,
          q.answered ?? SUPPRESSED,
          o.value,
          stripControl(o.label),
          hidden ? SUPPRESSED : o.count,
          hidden ? SUPPRESSED : o.percent === null ? '' : o.percent.toFixed(1),
          o.suppressed ? 'true' : 'false',
          o.baselinePercent === null ? '' : o.baselinePercent.toFixed(1),
        ]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

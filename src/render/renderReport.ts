import type { Report } from '../core/survey/responseFile.js';
import { renderReportCsv } from './reportCsv.js';
import { renderReportJson } from './reportJson.js';
import { renderReportMarkdown } from './reportMarkdown.js';
import { renderReportText, type ReportTextOptions } from './reportText.js';

export type ReportFormat = 'text' | 'markdown' | 'csv' | 'json';

/** The report in the format asked for; `color` and `width` apply to text only. */
export function renderReport(report: Report, format: ReportFormat, options: ReportTextOptions = {}): string {
  switch (format) {
    case 'text':
      return renderReportText(report, options);
    case 'markdown':
      return renderReportMarkdown(report);
    case 'csv':
      return renderReportCsv(report);
    case 'json':
      return renderReportJson(report);
    default: {
      const unreachable: never = format;
      throw new Error(`unknown report format ${String(unreachable)}`);
    }
  }
}

import type { Report } from '../core/survey/responseFile.js';
import { renderReportCsv } from './reportCsv.js';
import { renderReportHtml, type ReportHtmlOptions } from './reportHtml.js';
import { renderReportJson } from './reportJson.js';
import { renderReportMarkdown } from './reportMarkdown.js';
import { renderReportText, type ReportTextOptions } from './reportText.js';

export type ReportFormat = 'text' | 'markdown' | 'csv' | 'json' | 'html';

/** `html` needs the bank and the date the report was made; the other formats ignore them. */
export type RenderReportOptions = ReportTextOptions & { html?: ReportHtmlOptions };

/** The report in the format asked for; `color` and `width` apply to text only, `html` to HTML only. */
export function renderReport(report: Report, format: ReportFormat, options: RenderReportOptions = {}): string {
  switch (format) {
    case 'text':
      return renderReportText(report, options);
    case 'markdown':
      return renderReportMarkdown(report);
    case 'csv':
      return renderReportCsv(report);
    case 'json':
      return renderReportJson(report);
    case 'html':
      if (!options.html) throw new Error('the HTML report needs the bank and the date it was made');
      return renderReportHtml(report, options.html);
    default: {
      const unreachable: never = format;
      throw new Error(`unknown report format ${String(unreachable)}`);
    }
  }
}

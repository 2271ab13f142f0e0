import type { QuestionReport, Report } from '../core/survey/responseFile.js';
import { escapeHtml } from './escapeHtml.js';
import { questionChart, questionTable, suppressedText } from './reportHtmlChart.js';
import { REPORT_CSS } from './reportHtmlStyle.js';
import { reportNotes } from './reportText.js';

/** What the HTML page says that the report itself does not carry: which bank, and when the page was made. */
export interface ReportHtmlOptions {
  bank: { id: string; version: string; title: string };
  /** When the report was made: passed in, so the page is the same for the same input and clock. */
  made: Date;
}

/** ASRT's own order of charts (site types, disciplines, paid, HIPAA, liability); the rest of the bank follows. */
export const ASRT_ORDER = ['site_types', 'discipline', 'paid_for_clinicals', 'hipaa_training', 'liability_required', 'liability_source'];

/** The questions in ASRT's order first, then the others in bank order. */
export function inAsrtOrder(questions: QuestionReport[]): QuestionReport[] {
  const rank = (q: QuestionReport) => {
    const at = ASRT_ORDER.indexOf(q.id);
    return at === -1 ? ASRT_ORDER.length : at;
  };
  return questions.map((q, i) => ({ q, i })).sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i).map(({ q }) => q);
}

/**
 * The report as one self-contained HTML page: inline CSS and hand-written SVG, no script and nothing that loads
 * from anywhere, so it opens the same from disk, an e-mail or a shared drive. A header with the bank, the counts,
 * K, noise and the date; then per question an h2, a bar chart beside ASRT and the same numbers as a table. Every
 * text from the bank or the report is escaped (escapeHtml).
 */
export function renderReportHtml(report: Report, options: ReportHtmlOptions): string {
  const { bank, made } = options;
  const title = `Survey report: ${bank.title}`;
  const noise = report.noise ? `Yes: random noise added to every count, epsilon ${report.noise.epsilon}` : 'No: counts are exact';
  const facts: [string, string][] = [
    ['Question bank', `${bank.id}, version ${bank.version}`],
    ['Respondents', String(report.respondents)],
    ['Duplicates removed', String(report.duplicatesRemoved)],
    ['Invalid records', `${report.invalid} (counted, not included)`],
    ['Minimum cell size', `${report.minCell} (smaller counts are suppressed)`],
    ['Noise added', noise],
  ];
  // The day only: a report says when it was made, not to the millisecond (and the same day gives the same page).
  const day = made.toISOString().slice(0, 10);
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    '<dl class="facts">',
    ...facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`),
    `<dt>Report made</dt><dd><time datetime="${day}">${day}</time></dd>`,
    '</dl>',
    '<ul class="key">',
    '<li><span class="swatch ours" aria-hidden="true"></span>This survey</li>',
    '<li><span class="swatch asrt" aria-hidden="true"></span>ASRT (published figure)</li>',
    `<li><span class="swatch hatched" aria-hidden="true"></span>Suppressed: ${escapeHtml(suppressedText(report.minCell))}</li>`,
    '</ul>',
    '<div class="notes">',
    ...reportNotes(report).map((note) => `<p>${escapeHtml(note)}</p>`),
    '</div>',
  ];
  if (report.respondents === 0) out.push('<p>No valid responses to report.</p>');
  else inAsrtOrder(report.questions).forEach((question, i) => out.push(questionSection(question, i + 1, report.minCell)));
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

function questionSection(question: QuestionReport, index: number, minCell: number): string {
  const answered = question.answered === null ? `suppressed (${suppressedText(minCell)})` : String(question.answered);
  return [
    `<section class="question" id="question-${index}" data-question="${escapeHtml(question.id)}" aria-labelledby="question-${index}-heading">`,
    `<h2 id="question-${index}-heading">${escapeHtml(question.label)}</h2>`,
    `<p class="meta">Answered: ${escapeHtml(answered)}</p>`,
    question.kind === 'multi'
      ? '<p class="multi">Tick-box question: people could choose more than one, so the shares can add up to more than 100%.</p>'
      : '',
    questionChart(question, index, minCell),
    `<details><summary>The numbers as a table</summary>`,
    questionTable(question, minCell),
    '</details>',
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

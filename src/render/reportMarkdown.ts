import type { OptionReport, QuestionReport, Report } from '../core/survey/responseFile.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { reportNotes } from './reportText.js';

const SUPPRESSED = 'suppressed';

/**
 * The report as Markdown: a bulleted header, then per question a heading, its denominator and a table
 * | Option | Count | % | ASRT % |. Labels are escaped (pipes included) so a label can neither add Markdown nor
 * break the table; suppressed cells say "suppressed".
 */
export function renderReportMarkdown(report: Report): string {
  const out: string[] = ['# Survey report', ''];
  out.push(`- Respondents: ${report.respondents}`);
  out.push(`- Duplicates removed: ${report.duplicatesRemoved}`);
  out.push(`- Invalid records skipped: ${report.invalid}`);
  for (const note of reportNotes(report)) out.push(`- ${escapeMarkdown(note)}`);
  for (const question of report.questions) out.push('', ...questionSection(question));
  return `${out.join('\n')}\n`;
}

function questionSection(question: QuestionReport): string[] {
  const answered = question.answered === null ? SUPPRESSED : String(question.answered);
  const multi = question.kind === 'multi' ? ' (multi-choice: may sum to more than 100%)' : '';
  return [
    `## ${cellText(question.label)}`,
    '',
    `Answered: ${answered}${multi}`,
    '',
    '| Option | Count | % | ASRT % |',
    '| --- | ---: | ---: | ---: |',
    ...question.options.map(optionRow),
  ];
}

function optionRow(option: OptionReport): string {
  const hidden = option.suppressed || option.count === null;
  const count = hidden ? SUPPRESSED : String(option.count);
  const percent = hidden ? SUPPRESSED : option.percent === null ? '—' : option.percent.toFixed(1);
  const baseline = option.baselinePercent === null ? '—' : option.baselinePercent.toFixed(1);
  return `| ${cellText(option.label)} | ${count} | ${percent} | ${baseline} |`;
}

/** Literal text for a heading or a table cell: escapeMarkdown escapes `|` too, so a label cannot break a row. */
function cellText(text: string): string {
  return escapeMarkdown(text);
}

import { Chalk, type ChalkInstance } from 'chalk';
import type { OptionReport, QuestionReport, Report } from '../core/survey/responseFile.js';
import { stripControl } from '../core/text/stripControl.js';
import { PROSE, wrapLines } from '../core/text/wrapLines.js';

export interface ReportTextOptions {
  /** Columns to fit; default 80, at least 40. */
  width?: number;
  /** false: no escape sequences at all. true (default): chalk's own detection decides. Ignored when `chalk` is given. */
  color?: boolean;
  /** A chalk instance to style with, e.g. `new Chalk({ level: 1 })` in tests. */
  chalk?: ChalkInstance;
}

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;
const MIN_BAR = 10;
export const OURS_GLYPH = '█';
export const ASRT_GLYPH = '░';

/**
 * The report for a terminal: a header (respondents, duplicates, invalid records, what suppression and ASRT mean),
 * then per question its label, denominator and one row per option with a bar of our share ("ours", █) and, beneath
 * it, the published ASRT share ("ASRT", ░). Bars are scaled so the full track is 100%; glyphs, not color, tell the
 * two apart, so it reads the same without color. Suppressed cells say "suppressed" instead of a bar.
 */
export function renderReportText(report: Report, options: ReportTextOptions = {}): string {
  const c = options.chalk ?? (options.color === false ? new Chalk({ level: 0 }) : new Chalk());
  const requested = options.width ?? DEFAULT_WIDTH;
  const width = Number.isFinite(requested) ? Math.max(MIN_WIDTH, Math.floor(requested)) : DEFAULT_WIDTH;
  const out: string[] = [];
  const block = (text: string, indent = '', style: (s: string) => string = (s) => s) => {
    for (const line of wrapLines(stripControl(text), width - indent.length, PROSE)) out.push(`${indent}${style(line)}`);
  };

  block(`Survey report: ${report.respondents} respondent${report.respondents === 1 ? '' : 's'}`, '', c.bold);
  block(`Duplicates removed: ${report.duplicatesRemoved} · invalid records skipped: ${report.invalid}`);
  for (const note of reportNotes(report)) block(note, '', c.dim);
  if (hasBaseline(report)) block(`Bars: ${OURS_GLYPH} ours (these responses), ${ASRT_GLYPH} ASRT`, '', c.dim);
  if (report.respondents === 0) {
    out.push('', 'No valid responses to report.');
    return `${out.join('\n')}\n`;
  }
  for (const question of report.questions) {
    out.push('');
    block(question.label, '', c.bold);
    const answered = question.answered === null ? 'suppressed' : String(question.answered);
    block(`answered: ${answered}${question.kind === 'multi' ? '  (multi-choice: may sum to more than 100%)' : ''}`, '  ', c.dim);
    out.push(...questionRows(question, width, c));
  }
  return `${out.join('\n')}\n`;
}

/**
 * One question of the report as the terminal report shows it (its label, the answered count, a row per option with
 * the "ours" and "ASRT" bars): the class poll's projector view shows the report this way, a question at a time.
 */
export function renderReportQuestion(question: QuestionReport, options: ReportTextOptions = {}): string[] {
  const c = options.chalk ?? (options.color === false ? new Chalk({ level: 0 }) : new Chalk());
  const requested = options.width ?? DEFAULT_WIDTH;
  const width = Number.isFinite(requested) ? Math.max(MIN_WIDTH, Math.floor(requested)) : DEFAULT_WIDTH;
  const out: string[] = [];
  for (const line of wrapLines(stripControl(question.label), width, PROSE)) out.push(c.bold(line));
  const answered = question.answered === null ? 'suppressed' : String(question.answered);
  for (const line of wrapLines(`answered: ${answered}${question.kind === 'multi' ? '  (multi-choice: may sum to more than 100%)' : ''}`, width - 2, PROSE)) out.push(`  ${c.dim(line)}`);
  out.push(...questionRows(question, width, c));
  return out;
}

export const BASELINE_NOTE = 'ASRT = published ASRT member survey figures (clinical-site survey)';

export function hasBaseline(report: Report): boolean {
  return report.questions.some((q) => q.options.some((o) => o.baselinePercent !== null));
}

/** The header lines every format shares: what the percentages, the suppression and the ASRT figures mean. */
export function reportNotes(report: Report): string[] {
  const k = report.minCell;
  const noise = report.noise;
  return [
    'Percentages are of those who answered each question (the “answered” count).',
    k < 2
      ? 'No counts are suppressed.'
      : `Counts below ${k}, zeros included, are suppressed and, where needed, other counts too, so none can be recovered by subtraction; each is marked “suppressed”.`,
    ...(noise
      ? [`Random noise was added to every count shown (discrete Laplace, epsilon ${noise.epsilon} for this whole report), so counts are close to, not exactly, the true ones.`]
      : []),
    ...(hasBaseline(report) ? [BASELINE_NOTE] : []),
  ];
}

function questionRows(question: QuestionReport, width: number, c: ChalkInstance): string[] {
  const labels = question.options.map((o) => stripControl(o.label));
  const countWidth = Math.max(1, ...question.options.map((o) => String(o.count ?? '').length)) + 2;
  // indent, label, gap, "ours ", bar, " 100.0%  (count)"
  const fixed = 2 + 2 + 5 + 1 + 6 + 2 + countWidth;
  const longest = Math.max(4, ...labels.map((l) => l.length));
  const labelWidth = Math.max(4, Math.min(longest, Math.floor(width * 0.3), width - fixed - MIN_BAR));
  const barWidth = Math.max(MIN_BAR, width - fixed - labelWidth);
  const rows: string[] = [];
  question.options.forEach((option, i) => {
    const right = optionRows(option, barWidth, countWidth, c);
    const left = fitLabel(labels[i] ?? '', labelWidth);
    for (let r = 0; r < Math.max(left.length, right.length); r += 1) {
      const label = (left[r] ?? '').padEnd(labelWidth);
      rows.push(`  ${label}  ${right[r] ?? ''}`.trimEnd());
    }
  });
  return rows;
}

/** "ours" and, when published, "ASRT": a tag, a bar on a fixed track, the percentage and (ours) the count in parentheses. */
function optionRows(option: OptionReport, barWidth: number, countWidth: number, c: ChalkInstance): string[] {
  const rows: string[] = [];
  if (option.suppressed || option.count === null) rows.push(`ours ${c.yellow('suppressed')}`);
  else {
    const bar = option.percent === null ? '' : c.cyan(barOf(option.percent, barWidth, OURS_GLYPH));
    const pad = ' '.repeat(barWidth - (option.percent === null ? 0 : cellsFor(option.percent, barWidth)));
    rows.push(`ours ${bar}${pad} ${formatPercent(option.percent).padStart(6)}  ${`(${option.count})`.padStart(countWidth)}`);
  }
  if (option.baselinePercent !== null) {
    const cells = cellsFor(option.baselinePercent, barWidth);
    rows.push(`ASRT ${c.dim(barOf(option.baselinePercent, barWidth, ASRT_GLYPH))}${' '.repeat(barWidth - cells)} ${formatPercent(option.baselinePercent).padStart(6)}`);
  }
  return rows;
}

/** Whole cells of a track `width` long for `percent`; any share above zero gets at least one, so it can be seen. */
function cellsFor(percent: number, width: number): number {
  const cells = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width);
  return percent > 0 ? Math.max(1, cells) : cells;
}

function barOf(percent: number, width: number, glyph: string): string {
  return glyph.repeat(cellsFor(percent, width));
}

export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${percent.toFixed(1)}%`;
}

/** A label as lines of at most `width` characters; an overlong word is cut with "…". */
function fitLabel(label: string, width: number): string[] {
  return wrapLines(label, width, PROSE).map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line));
}

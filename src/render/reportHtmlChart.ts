import type { OptionReport, QuestionReport } from '../core/survey/responseFile.js';
import { escapeHtml } from './escapeHtml.js';

/** Chart geometry, in SVG user units (the chart scales to the page width). */
const WIDTH = 640;
const BAR_X = 110;
const BAR_W = 320;
const BAR_H = 14;
const LABEL_H = 18;
const GAP = 12;
const HATCH_W = 40;
/** A label longer than this is cut in the chart, with an ellipsis; the table beside it has it whole. */
const MAX_LABEL = 80;

const pct = (n: number) => `${n.toFixed(1)}%`;

/** What a suppressed cell says: fewer than K, or hidden so that a small count cannot be worked out by subtraction. */
export function suppressedText(minCell: number): string {
  return `fewer than ${minCell}, or withheld to protect one that is`;
}

/** "12 of 40, 30.0%": the count with its denominator and the share, as the chart and the table both say it. */
export function shareText(option: OptionReport, question: QuestionReport): string {
  const of = question.answered === null ? 'a suppressed total' : String(question.answered);
  const percent = option.percent === null ? '' : `, ${pct(option.percent)}`;
  return `${String(option.count)} of ${of}${percent}`;
}

const isHidden = (option: OptionReport) => option.suppressed || option.count === null;
const cut = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/**
 * One question as a horizontal bar chart written by hand in SVG: per option its label, a bar of this survey's share
 * and, where ASRT published one, a bar of ASRT's, each labelled in text. A suppressed cell is a hatched box with its
 * words beside it, never colour alone. `role="img"` with <title> and <desc> gives the chart a name and a summary.
 */
export function questionChart(question: QuestionReport, index: number, minCell: number): string {
  const id = `q${index}`;
  const rows: string[] = [];
  let y = 0;
  for (const option of question.options) {
    rows.push(`<text x="0" y="${y + 13}">${escapeHtml(cut(option.label))}</text>`);
    y += LABEL_H;
    const top = y;
    rows.push(`<text class="series" x="0" y="${y + 11}">This survey</text>`);
    if (isHidden(option)) {
      rows.push(
        `<rect class="hatch-bg" x="${BAR_X}" y="${y}" width="${HATCH_W}" height="${BAR_H}"/>`,
        `<rect x="${BAR_X}" y="${y}" width="${HATCH_W}" height="${BAR_H}" fill="url(#hatch-${id})"/>`,
        `<rect class="hatch-frame" x="${BAR_X + 0.5}" y="${y + 0.5}" width="${HATCH_W - 1}" height="${BAR_H - 1}"/>`,
        `<text x="${BAR_X + HATCH_W + 6}" y="${y + 11}">suppressed: ${escapeHtml(suppressedText(minCell))}</text>`,
      );
    } else {
      const w = barWidth(option.percent ?? 0);
      rows.push(`<rect class="ours" x="${BAR_X}" y="${y}" width="${w}" height="${BAR_H}"/>`);
      rows.push(`<text x="${BAR_X + w + 6}" y="${y + 11}">${escapeHtml(shareText(option, question))}</text>`);
    }
    y += BAR_H + 4;
    if (option.baselinePercent !== null) {
      const w = barWidth(option.baselinePercent);
      rows.push(`<text class="series" x="0" y="${y + 11}">ASRT</text>`);
      rows.push(`<rect class="asrt" x="${BAR_X}" y="${y}" width="${w}" height="${BAR_H}"/>`);
      rows.push(`<text x="${BAR_X + w + 6}" y="${y + 11}">ASRT ${pct(option.baselinePercent)}</text>`);
      y += BAR_H + 4;
    }
    rows.push(`<line class="axis" x1="${BAR_X - 0.5}" y1="${top}" x2="${BAR_X - 0.5}" y2="${y - 4}"/>`);
    y += GAP;
  }
  const height = Math.max(y, 1);
  return [
    `<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    `<title id="${id}-title">${escapeHtml(question.label)}: share of answers per option</title>`,
    `<desc id="${id}-desc">${escapeHtml(chartSummary(question, minCell))}</desc>`,
    `<defs><pattern id="hatch-${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`,
    `<line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`,
    ...rows,
    '</svg>',
  ].join('\n');
}

function barWidth(percent: number): number {
  const share = Math.min(100, Math.max(0, percent));
  // A share above zero is at least a sliver, so it is not mistaken for none.
  return share === 0 ? 0 : Math.max(1, Math.round((share / 100) * BAR_W * 10) / 10);
}

/** The chart in one sentence per option, for <desc>. */
function chartSummary(question: QuestionReport, minCell: number): string {
  return question.options
    .map((option) => {
      const ours = isHidden(option) ? `suppressed (${suppressedText(minCell)})` : shareText(option, question);
      const asrt = option.baselinePercent === null ? '' : `; ASRT ${pct(option.baselinePercent)}`;
      return `${option.label}: ${ours}${asrt}.`;
    })
    .join(' ');
}

/** The chart's numbers as a real table: option, count, answered, share, ASRT share. */
export function questionTable(question: QuestionReport, minCell: number): string {
  const answered = question.answered === null ? 'suppressed' : String(question.answered);
  const rows = question.options.map((option) => {
    const hidden = isHidden(option);
    const cells = hidden
      ? `<td class="n" colspan="2">suppressed: ${escapeHtml(suppressedText(minCell))}</td>`
      : `<td class="n">${String(option.count)}</td><td class="n">${option.percent === null ? '—' : pct(option.percent)}</td>`;
    const asrt = option.baselinePercent === null ? '—' : pct(option.baselinePercent);
    return `<tr><th scope="row">${escapeHtml(option.label)}</th>${cells}<td class="n">${answered}</td><td class="n">${asrt}</td></tr>`;
  });
  return [
    `<table><caption>${escapeHtml(question.label)}</caption>`,
    '<thead><tr><th scope="col">Option</th><th scope="col">Count</th><th scope="col">Share</th><th scope="col">Of (answered)</th><th scope="col">ASRT</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('\n');
}

import type { QuestionInBank } from '../../core/bank/schema.js';

/** The ASRT survey's share per option value of a question; null when the survey has no figure for any of them. */
export function surveyFigures(question: QuestionInBank): Map<string, number> | null {
  const options = 'options' in question && Array.isArray(question.options) ? (question.options as Array<{ value: string; asrt_percent?: number }>) : [];
  const figures = new Map<string, number>();
  for (const option of options) if (option.asrt_percent !== undefined) figures.set(option.value, option.asrt_percent);
  return figures.size > 0 ? figures : null;
}

/** Cells of a bar for `percent` on a track of `width`; any share above zero gets one, so it can be seen. */
const cells = (percent: number, width: number) => (percent <= 0 ? 0 : Math.max(1, Math.round((percent / 100) * width)));

/**
 * "████████░░  78.9%": a bar on a fixed track and the figure in digits, so neither the bar's colour nor its length
 * alone carries the number. Without a figure the same width is blank but for "no figure", keeping labels aligned.
 */
export function surveyBar(percent: number | undefined, width: number, noFigure: string, cell = { full: '█', empty: '░' }): string {
  const track = width + 7;
  if (percent === undefined) return noFigure.padStart(track).slice(-track);
  const filled = cells(percent, width);
  return `${cell.full.repeat(filled)}${cell.empty.repeat(width - filled)} ${`${percent.toFixed(1)}%`.padStart(6)}`;
}

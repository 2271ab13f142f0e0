import { roundPercent } from './buildReport.js';
import { sampleDiscreteLaplace, type RandomBytes } from './discreteLaplace.js';
import type { QuestionReport, Report } from './responseFile.js';

/** ε is read as a fraction with this denominator, rounded down: a little more noise, never less. */
const EPSILON_DENOMINATOR = 2 ** 20;

/**
 * How much the counts `noisyReport` draws noise for can change, added up (L1), when one person's record is added
 * or removed (OpenDP's and Tumult's add/remove-one neighbouring): 1 for the respondents (or, for a record that was
 * refused or a duplicate, the invalid or duplicate count instead), 1 per single-choice question (one option; the
 * answered count is then a sum of noised counts, not a count of its own, unless some option is suppressed, which
 * makes it 2), and per tick-box question one per option
 * (a person may tick them all) plus 1 for its answered count. Changing one person's answers is at most twice this.
 */
export function reportSensitivity(report: Pick<Report, 'questions'>): number {
  return 1 + report.questions.reduce((sum, q) => sum + (q.kind === 'multi' ? q.options.length + 1 : derivesAnswered(q) ? 1 : 2), 0);
}

/** A single-choice question whose every option count is shown gets its answered count as their sum. */
function derivesAnswered(q: QuestionReport): boolean {
  return q.kind === 'single' && q.options.every((o) => o.count !== null);
}

/**
 * The report with ε-differentially private counts: each count draws independent discrete Laplace noise of scale
 * Δ/ε, Δ = reportSensitivity, so the whole release spends ε (two releases over the same people spend 2ε). Noise is
 * drawn for every shown count whether or not it is 0, so which counts moved says nothing.
 *
 * Then, as post-processing (free: it reads only noised numbers): counts below 0 become 0; a single-choice
 * question's answered count is the sum of its noised option counts, so its percentages add up; a tick-box
 * question's answered count is kept between its largest option count and their sum; the respondent total is at
 * least every answered count; percentages are recomputed from the noised numbers.
 *
 * Not covered by ε: which counts are suppressed (decided on the exact counts: build the report with minCell 1 for
 * a release that is differentially private as a whole); the bank and the set of questions, which are public.
 */
export function noisyReport(report: Report, epsilon: number, random: RandomBytes): Report {
  const sensitivity = reportSensitivity(report);
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new RangeError('epsilon <= 0');
  const s = BigInt(Math.floor(epsilon * EPSILON_DENOMINATOR));
  if (s <= 0n) throw new RangeError('epsilon < 2^-20');
  const t = BigInt(sensitivity) * BigInt(EPSILON_DENOMINATOR);
  const noised = (count: number) => Math.max(0, count + Number(sampleDiscreteLaplace(t, s, random)));

  const questions = report.questions.map((q): QuestionReport => {
    const counts = q.options.map((o) => (o.count === null ? null : noised(o.count)));
    const shown = counts.filter((c): c is number => c !== null);
    const total = shown.reduce((a, b) => a + b, 0);
    const complete = counts.every((c) => c !== null);
    let answered: number | null = null;
    if (q.answered !== null) {
      if (derivesAnswered(q)) answered = total;
      else answered = Math.min(Math.max(noised(q.answered), ...shown), complete && q.kind === 'multi' ? total : Infinity);
    }
    return {
      ...q,
      answered,
      options: q.options.map((o, i) => {
        const count = counts[i] ?? null;
        return { ...o, count, percent: count === null || answered === null || answered === 0 ? null : roundPercent(count, answered) };
      }),
    };
  });
  const respondents = Math.max(noised(report.respondents), ...questions.map((q) => q.answered ?? 0));
  return {
    ...report,
    respondents,
    duplicatesRemoved: noised(report.duplicatesRemoved),
    invalid: noised(report.invalid),
    questions,
    noise: { epsilon, sensitivity },
  };
}

import type { Bank } from '../bank/schema.js';
import type { OptionReport, QuestionReport, Report } from './responseFile.js';
import { suppress } from './suppress.js';
import type { Tally } from './tally.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';

export interface BuildReportOptions {
  /** K: counts from 1 to K−1 are suppressed. */
  minCell: number;
  duplicatesRemoved: number;
  invalid: number;
}

/**
 * The aggregate report: per single- and multi-choice question in bank order, the denominator and, per option, the
 * count, the percentage of those who answered (one decimal) and the published ASRT share when the bank has one.
 * Suppressed numbers are null (see suppress). Text questions never appear.
 */
export function buildReport(bank: Bank, tally: Tally, settings: BuildReportOptions): Report {
  const questions: QuestionReport[] = [];
  for (const question of bank.questions) {
    const mode = coreOf(question).tally;
    const options = optionsOf(question);
    if (!mode || !options) continue;
    // The report's `kind` says how to read its percentages: one answer each (they sum to 100%) or several.
    const kind = mode === 'many' ? 'multi' : 'single';
    const entry = tally.byId.get(question.id);
    const counts = options.map((o) => {
      const i = entry?.optionIndex.get(o.value);
      return i === undefined ? 0 : (entry?.counts[i] ?? 0);
    });
    const answered = entry?.answered ?? 0;
    const hidden = suppress(counts, answered, kind, settings.minCell);
    const shownAnswered = hidden.answered ? null : answered;
    questions.push({
      id: question.id,
      label: question.label ?? question.prompt,
      kind,
      answered: shownAnswered,
      options: options.map((option, i): OptionReport => {
        const suppressed = hidden.cells[i] ?? false;
        const count = suppressed ? null : (counts[i] ?? 0);
        return {
          value: option.value,
          label: option.label,
          count,
          percent: count === null || shownAnswered === null || shownAnswered === 0 ? null : roundPercent(count, shownAnswered),
          suppressed,
          baselinePercent: option.asrt_percent ?? null,
        };
      }),
    });
  }
  return {
    respondents: tally.respondents,
    duplicatesRemoved: settings.duplicatesRemoved,
    invalid: settings.invalid,
    minCell: settings.minCell,
    questions,
  };
}

/** count / of × 100 to one decimal, rounding halves up (789 of 1000 → 78.9). */
export function roundPercent(count: number, of: number): number {
  return Math.round((count * 1000) / of) / 10;
}

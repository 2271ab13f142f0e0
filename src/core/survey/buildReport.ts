import type { Bank } from '../bank/schema.js';
import type { OptionReport, QuestionReport, Report } from './responseFile.js';
import { buildReaderModel, type ReaderModel } from './readerModel.js';
import { InconsistentModel, suppressReport } from './suppress.js';
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
 * Suppressed numbers are null, decided over the whole report at once (see suppressReport). Text questions never appear.
 */
export function buildReport(bank: Bank, tally: Tally, settings: BuildReportOptions): Report {
  const { model, hidden } = hiddenCounts(bank, tally, settings.minCell);
  const questions: QuestionReport[] = [];
  for (const question of bank.questions) {
    const mode = coreOf(question).tally;
    const options = optionsOf(question);
    if (!mode || !options) continue;
    // The report's `kind` says how to read its percentages: one answer each (they sum to 100%) or several.
    const kind = mode === 'many' ? 'multi' : 'single';
    const entry = tally.byId.get(question.id);
    const counts = options.map((o) => countOf(tally, question.id, o.value));
    const answered = entry?.answered ?? 0;
    const vars = model.questions.get(question.id);
    const cellHidden = vars?.cells.map((v) => hidden[v] ?? false) ?? [];
    const shownAnswered = vars && hidden[vars.answered] ? null : answered;
    questions.push({
      id: question.id,
      label: question.label ?? question.prompt,
      kind,
      answered: shownAnswered,
      options: options.map((option, i): OptionReport => {
        const suppressed = cellHidden[i] ?? false;
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

function countOf(tally: Tally, question: string, value: string): number {
  const entry = tally.byId.get(question);
  const i = entry?.optionIndex.get(value);
  return i === undefined ? 0 : (entry?.counts[i] ?? 0);
}

/**
 * Runs suppression over the reader's model. When the counts contradict "required questions are answered by
 * everyone shown them" (collect accepts incomplete records), that assumption is dropped rather than trusted.
 */
function hiddenCounts(bank: Bank, tally: Tally, minCell: number): { model: ReaderModel; hidden: boolean[] } {
  for (const assumeComplete of [true, false]) {
    const model = buildReaderModel(bank, tally.respondents, assumeComplete);
    const values = model.variables.map((v) =>
      v.kind === 'cell'
        ? countOf(tally, v.question, optionValue(bank, v.question, v.option))
        : v.kind === 'answered'
          ? (tally.byId.get(v.question)?.answered ?? 0)
          : 0,
    );
    try {
      return { model, hidden: suppressReport(model, values, minCell) };
    } catch (error) {
      if (!(error instanceof InconsistentModel) || !assumeComplete) throw error;
    }
  }
  throw new InconsistentModel();
}

function optionValue(bank: Bank, question: string, option: number): string {
  const q = bank.questions.find((x) => x.id === question);
  return (q && optionsOf(q)?.[option]?.value) ?? '';
}

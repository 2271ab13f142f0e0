import { coreOf, optionsOf } from '../kinds/coreKinds.js';
import type { Bank, QuestionInBank } from '../core/bank/schema.js';
import { redcapCheckboxCode } from '../core/survey/redcapBranching.js';
import { redcapImportColumns } from '../core/survey/dictionary.js';
import type { ResponseFile } from '../core/survey/responseFile.js';
import { csvRow } from './csvRow.js';
import { answerOf } from '../core/bank/answerOf.js';

/**
 * `csv`: one column per question, a multi answer's values joined with ";".
 * `redcap`: a REDCap import file matching `dictionary --format redcap`, one `id___code` column (1/0) per checkbox.
 */
export type ResponsesCsvFormat = 'csv' | 'redcap';

type Cell = string | number | null | undefined;

/** REDCap's form status "Complete": every merged response is a finished interview. */
const REDCAP_COMPLETE = 2;

/** The header line (without line break) of a merged-responses file. */
export function responsesCsvHeader(bank: Pick<Bank, 'questions'>, format: ResponsesCsvFormat): string {
  if (format === 'redcap') return csvRow(redcapImportColumns(bank));
  return csvRow(['response_id', 'month', 'bank_version', ...bank.questions.map((q) => q.id)]);
}

function asList(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

function redcapCells(question: QuestionInBank, value: string | string[] | undefined): Cell[] {
  if (!coreOf(question).redcap.checkboxes) return [Array.isArray(value) ? value.join(';') : value];
  const chosen = asList(value)?.map(redcapCheckboxCode);
  // An unanswered (hidden) multi question leaves its boxes blank: REDCap's import ignores blanks, so they stay 0.
  return (optionsOf(question) ?? []).map((o) => (chosen === undefined ? undefined : chosen.includes(redcapCheckboxCode(o.value)) ? 1 : 0));
}

/**
 * One merged response as a line (without line break) under `responsesCsvHeader(bank, format)`. Answers to
 * questions the bank does not have are left out; a text answer appears only when the record carries it
 * (responses exported with `--include-text`). Every cell goes through csvRow (quoted, formula-neutralised).
 */
export function responseCsvLine(bank: Pick<Bank, 'questions'>, response: ResponseFile, format: ResponsesCsvFormat): string {
  const answers = response.answers;
  if (format === 'redcap') {
    return csvRow([
      response.responseId,
      response.responseId,
      response.month,
      response.bank.version,
      ...bank.questions.flatMap((q) => redcapCells(q, answerOf(answers, q.id))),
      REDCAP_COMPLETE,
    ]);
  }
  return csvRow([
    response.responseId,
    response.month,
    response.bank.version,
    ...bank.questions.map((q) => asList(answerOf(answers, q.id))?.join(';')),
  ]);
}

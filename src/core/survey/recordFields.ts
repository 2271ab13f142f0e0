import type { Bank } from '../bank/schema.js';
import type { ResponseFile } from './responseFile.js';
import { coreOf } from '../../kinds/coreKinds.js';

/** One line of "what would be sent": a field of the record by code, or an answer by its question's label. */
export type RecordField =
  | { field: 'responseId' | 'revision' | 'consentVersion' | 'month' | 'bank'; value: string }
  | { field: 'answer'; label: string; values: string[]; typed: boolean };

/**
 * A response record field by field, as the person is shown it before agreeing to send it: every field that is in
 * the file, answers by their question's label and option labels as sent (a coarsened state as its region).
 * `bank` is the exported view (exportedBank), so labels are those of what is sent.
 */
export function recordFields(bank: Bank, record: ResponseFile): RecordField[] {
  const fields: RecordField[] = [
    { field: 'responseId', value: record.responseId },
    { field: 'revision', value: String(record.revision) },
    { field: 'consentVersion', value: record.consentVersion },
    { field: 'month', value: record.month },
    { field: 'bank', value: `${record.bank.id} ${record.bank.version}` },
  ];
  for (const question of bank.questions) {
    if (!Object.hasOwn(record.answers, question.id)) continue;
    const value = record.answers[question.id]!;
    const label = question.label ?? question.prompt;
    const empty = Array.isArray(value) ? value.length === 0 : value === '';
    const core = coreOf(question);
    fields.push({ field: 'answer', label, values: empty ? [] : [core.describe(question, value)], typed: core.typedText });
  }
  return fields;
}

import type { Answers, AnswerValue, Bank } from '../bank/schema.js';
import { pruneAnswers } from '../flow/visibility.js';
import { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION, responseFileSchema, type ResponseFile } from './responseFile.js';
import { coreOf } from '../../kinds/coreKinds.js';

export interface AnonymizeOptions {
  /** A random UUID v4, made once per completed interview by the caller. */
  responseId: string;
  /** `YYYY-MM`: the month of the export, nothing finer. */
  month: string;
  /** Keep free-text answers (masked); without it every `text` answer is left out. */
  includeText: boolean;
}

/**
 * One person's answers as an anonymized response file (design.md §4): only answers to questions their other answers
 * show, no free text unless asked for (and then with e-mail addresses and phone numbers masked), stamped with the
 * bank's id and version. Nothing else about the person or the machine goes in. Throws on a malformed responseId or
 * month, which is the caller's mistake, never the person's.
 */
export function anonymize(bank: Bank, answers: Answers, options: AnonymizeOptions): ResponseFile {
  const kept: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(pruneAnswers(bank, answers))) {
    const question = bank.questions.find((q) => q.id === id);
    if (!question) continue;
    const exported = coreOf(question).forExport(question, value, options.includeText);
    if (exported !== undefined) kept[id] = exported;
  }
  const response: ResponseFile = {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    bank: { id: bank.id, version: bank.version },
    responseId: options.responseId,
    month: options.month,
    answers: kept,
  };
  const checked = responseFileSchema.safeParse(response);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`anonymize: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return response;
}

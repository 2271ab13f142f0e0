import type { Answers, AnswerValue, Bank } from '../bank/schema.js';
import { pruneAnswers } from '../flow/visibility.js';
import { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION, responseFileSchema, type ResponseFile } from './responseFile.js';
import { coreOf } from '../../kinds/coreKinds.js';
import { exportValue } from './exportedBank.js';

export interface AnonymizeOptions {
  /** A random UUID v4, made once per completed interview by the caller. */
  responseId: string;
  /** `YYYY-MM`: the month of the export, nothing finer. */
  month: string;
  /** Keep free-text answers (masked); without it every `text` answer is left out. */
  includeText: boolean;
  /** 1 for the first export, one more for each export of changed answers (see nextRevision). */
  revision: number;
  /** The survey text the person agreed to (bank.yaml survey.consent_version). */
  consentVersion: string;
}

/**
 * One person's answers as a pseudonymous response file (design.md §4): only answers to questions their other answers
 * show, each as its question's export policy says (kept, coarsened into a group, or left out), no free text unless asked for (and then with e-mail addresses and phone numbers masked), stamped with the
 * bank's id and version. Nothing else about the person or the machine goes in. Throws on a malformed responseId or
 * month, which is the caller's mistake, never the person's.
 */
export function anonymize(bank: Bank, answers: Answers, options: AnonymizeOptions): ResponseFile {
  const kept: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(pruneAnswers(bank, answers))) {
    const question = bank.questions.find((q) => q.id === id);
    if (!question) continue;
    if (question.export === 'omit') continue;
    // The kind decides what may leave at all (typed text only when asked for, and masked); the question's export
    // policy then keeps an answer or coarsens it into its group.
    const kind = coreOf(question);
    const exported = kind.forExport(question, value, options.includeText);
    const sent = exported === undefined || kind.typedText ? exported : exportValue(bank, question, exported);
    if (sent !== undefined) kept[id] = sent;
  }
  const response: ResponseFile = {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    bank: { id: bank.id, version: bank.version },
    responseId: options.responseId,
    revision: options.revision,
    consentVersion: options.consentVersion,
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

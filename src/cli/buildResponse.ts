import { createHash, randomUUID } from 'node:crypto';
import type { Bank } from '../core/bank/schema.js';
import type { AnswerValue } from '../core/bank/schema.js';
import { unansweredQuestions } from '../core/flow/visibility.js';
import { formatMonth } from '../core/plan/formatMonth.js';
import { anonymize } from '../core/survey/anonymize.js';
import { nextRevision } from '../core/survey/nextRevision.js';
import type { ResponseFile } from '../core/survey/responseFile.js';
import { consentWords } from '../messages/consentWords.js';
import type { Opened } from '../store/Store.js';
import { CliError, EXIT } from './CliError.js';
import { commandLine } from './commandLine.js';
import type { CommandPrefix } from './commandName.js';

export interface BuiltResponse {
  response: ResponseFile;
  /** Of everything but the revision and the month: the same content made again is the same record. */
  digest: string;
  /** True when the response id was made now: the caller keeps it once the person agrees. */
  newId: boolean;
}

/**
 * The record `export` writes and `submit` sends, from finished answers: anonymized by the bank's export policy, with
 * the consent version it is made under, and the revision and month that nextRevision gives. A response still waiting
 * to be sent counts as the last one made, so a changed answer after it gets the revision after it, not the same one.
 * An unfinished interview stops here (exit 1), saying how to finish it; `verb` names the command in that message.
 */
export function buildResponse(
  bank: Bank,
  opened: Opened,
  answers: Record<string, AnswerValue>,
  options: { consentVersion: string; includeText: boolean; verb: 'export' | 'submit'; commandPrefix?: CommandPrefix; now?: Date },
): BuiltResponse {
  const { consentVersion } = options;
  const left = unansweredQuestions(bank, answers).length;
  if (opened.progress === null || left > 0) {
    const interview = commandLine(options.commandPrefix);
    throw new CliError(opened.progress === null ? consentWords.nothingSaved(options.verb, interview) : consentWords.unfinished(options.verb, interview, left), EXIT.incomplete);
  }
  const responseId = opened.responseId ?? randomUUID();
  const month = formatMonth(options.now ?? new Date()) ?? '';
  const draft = anonymize(bank, answers, { responseId, month, includeText: options.includeText, revision: 1, consentVersion });
  const digest = createHash('sha256').update(JSON.stringify({ bank: draft.bank, consentVersion, answers: draft.answers })).digest('hex');
  const waiting = opened.pending?.record.responseId === responseId ? opened.pending : null;
  const last = waiting ? { revision: waiting.record.revision, digest: waiting.digest, month: waiting.record.month } : opened.sent;
  const { revision, month: stamped } = nextRevision(last, digest, month);
  return { response: { ...draft, revision, month: stamped }, digest, newId: !opened.responseId };
}

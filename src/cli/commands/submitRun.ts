import { exportedBank } from '../../core/survey/exportedBank.js';
import { recordFields } from '../../core/survey/recordFields.js';
import { surveyMismatch } from '../../core/survey/surveyMismatch.js';
import { stripControl } from '../../core/text/stripControl.js';
import { consentWords, recordLines, surveyLines } from '../../messages/consentWords.js';
import { submitWords } from '../../messages/submitWords.js';
import type { Pending } from '../../store/progressFile.js';
import type { Store } from '../../store/Store.js';
import { CliError, EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import type { CommandPrefix } from '../commandName.js';
import { buildResponse } from '../buildResponse.js';
import { confirmConsent } from '../confirmConsent.js';
import { loadContentOrFail, openSavedAnswers } from '../context.js';
import { getSurvey } from '../submit/getSurvey.js';
import { sendPending } from '../submit/sendPending.js';
import { inviteCode } from '../submit/inviteCode.js';
import { surveyUrl } from '../submit/surveyUrl.js';
import type { Io } from '../Io.js';
import type { Args } from './submitCommand.js';

/**
 * What `submit` does: the record export would write, sent to the survey server once the person agrees to the
 * server's own text. It is put in the store's outbox before it leaves, so a crash or an unreachable server loses
 * nothing (exit 3, tried again later); it leaves the outbox when the server confirms it (exit 0) or refuses it
 * (exit 2). A response already waiting, with the same answers, is sent again as it is, without asking again.
 */
export async function run(args: Args, io: Io): Promise<number> {
  const { bank } = await loadContentOrFail(args);
  if (!bank.survey) throw new CliError(consentWords.noSurvey(args.questions === undefined ? 'The question bank' : `${args.questions}/bank.yaml`));
  const given = args.to ?? (io.env.CLINICAL_PATH_SURVEY || undefined);
  // Checked before the store is opened: a mistyped address changes nothing.
  const url = given === undefined ? undefined : surveyUrl(given).href;
  if (args.invite !== undefined) inviteCode(args.invite);
  const local = { consentVersion: bank.survey.consent_version, bank: { id: bank.id, version: bank.version } };
  const { store, opened, answers } = openSavedAnswers(args, bank, io, { locked: true });
  // Without --to: where the waiting response goes, else the survey that last confirmed this response.
  const target = url ?? opened.pending?.url ?? opened.sent?.url;
  if (target === undefined) throw new CliError(submitWords.needsUrl);
  const built = buildResponse(bank, opened, answers, { consentVersion: local.consentVersion, includeText: false, verb: 'submit', commandPrefix: args.commandPrefix });
  const { response, digest } = built;
  const shownUrl = stripControl(target);

  const waiting = opened.pending;
  // Agreed to before, for this address, with these answers: the same record goes again, so the server can say "same".
  if (waiting && waiting.url === target && waiting.digest === digest && (args.invite === undefined || args.invite === waiting.invite)) {
    io.stderr.write(`${submitWords.resending(shownUrl, waiting.record.revision)}\n`);
    return send(store, waiting, io, args.commandPrefix);
  }

  const reply = await getSurvey(target);
  if (reply.kind === 'notSurvey') throw new CliError([submitWords.notSurvey(shownUrl, reply.status)]);
  if (reply.kind === 'survey') {
    const mismatch = surveyMismatch(reply.survey, local);
    if (mismatch) throw new CliError([stripControl(submitWords.mismatch(mismatch, reply.survey, local))]);
  }
  const text = reply.kind === 'survey' ? submitWords.serverSurveyLines(reply.survey) : [submitWords.unreachableText(shownUrl), '', ...surveyLines(bank.survey)];
  const shown = [...text, '', ...recordLines(recordFields(exportedBank(bank), response)), ''];
  const words = { ...submitWords, needsAgree: submitWords.needsAgree(commandLine(args.commandPrefix, 'submit --agree')) };
  if (!(await confirmConsent(shown, args.agree, io, words))) return EXIT.incomplete;

  if (built.newId) store.saveResponseId(response.responseId);
  const pending: Pending = { record: response, digest, url: target, attempts: 0, nextAttemptAt: new Date().toISOString(), ...(args.invite !== undefined ? { invite: args.invite } : {}) };
  // Kept before it leaves: if the process dies while sending, the next run still has it. Replaces an older one waiting.
  store.savePending(pending);
  return send(store, pending, io, args.commandPrefix);
}

/** Sends it and says in one line what became of it; the exit code follows the outcome. */
async function send(store: Store, pending: Pending, io: Io, prefix: CommandPrefix | undefined): Promise<number> {
  const result = await sendPending(store, pending);
  // Only the caller's own signal makes it null, and submit passes none.
  if (result === null) return EXIT.queued;
  const { outcome, laterMs } = result;
  io.stderr.write(`${stripControl(submitWords.outcome(outcome, pending.url, pending.record.revision, commandLine(prefix, 'submit'), laterMs))}\n`);
  if (outcome.code === 'stored' || outcome.code === 'replaced' || outcome.code === 'same') return EXIT.ok;
  return outcome.code === 'retry' ? EXIT.queued : EXIT.badInput;
}

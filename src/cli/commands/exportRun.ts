import { isDash } from '../../files/dash.js';
import { exportedBank } from '../../core/survey/exportedBank.js';
import { recordFields } from '../../core/survey/recordFields.js';
import { consentWords, recordLines, surveyLines } from '../../messages/consentWords.js';
import { submitWords } from '../../messages/submitWords.js';
import { CliError, EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import { buildResponse } from '../buildResponse.js';
import { confirmConsent } from '../confirmConsent.js';
import { loadContentOrFail, openSavedAnswers } from '../context.js';
import { writeOutput } from '../writeOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './exportCommand.js';
import { safeJson } from '../../core/text/safeJson.js';

/**
 * What `export` does once its arguments are parsed; loaded only when the command runs. The person sees the survey's
 * text and the exact record, field by field, and must agree (typing yes at a terminal, or --agree) before anything
 * is written; a refusal writes nothing and exits 1. The record is built and agreed to as `submit` does (buildResponse,
 * confirmConsent); export writes it instead of sending it.
 */
export async function run(args: Args, io: Io): Promise<number> {
  const { bank } = await loadContentOrFail(args);
  if (!bank.survey) throw new CliError(consentWords.noSurvey(args.questions === undefined ? 'The question bank' : `${args.questions}/bank.yaml`));
  const consentVersion = bank.survey.consent_version;
  const { store, opened, answers } = openSavedAnswers(args, bank, io, { locked: true });
  const built = buildResponse(bank, opened, answers, { consentVersion, includeText: Boolean(args.includeText), verb: 'export', commandPrefix: args.commandPrefix });
  const { response, digest } = built;
  // A response agreed to for a survey server and not sent yet: export does not send it, but the person should know.
  if (opened.pending) io.stderr.write(`${submitWords.waiting(opened.pending.url, commandLine(args.commandPrefix, 'submit'))}\n`);

  const shown = [...surveyLines(bank.survey), '', ...recordLines(recordFields(exportedBank(bank), response)), ''];
  const words = { ...consentWords, needsAgree: consentWords.needsAgree(commandLine(args.commandPrefix, 'export --agree')) };
  if (!(await confirmConsent(shown, args.agree, io, words))) return EXIT.incomplete;
  if (built.newId) store.saveResponseId(response.responseId);
  await writeOutput(`${safeJson(response, 2)}\n`, args.out, io.stdout);
  // The survey it was last submitted to stays known: a later `submit` without --to goes there.
  store.saveSent({ revision: response.revision, digest, month: response.month, consentVersion, ...(opened.sent?.url !== undefined ? { url: opened.sent.url } : {}) });
  if (args.out && !isDash(args.out)) io.stderr.write(`${consentWords.written(args.out)}\n`);
  return EXIT.ok;
}

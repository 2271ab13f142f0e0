import { createHash, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { isDash } from '../../files/dash.js';
import { unansweredQuestions } from '../../core/flow/visibility.js';
import { anonymize } from '../../core/survey/anonymize.js';
import { exportedBank } from '../../core/survey/exportedBank.js';
import { nextRevision } from '../../core/survey/nextRevision.js';
import { recordFields } from '../../core/survey/recordFields.js';
import { formatMonth } from '../../core/plan/formatMonth.js';
import { stripControl } from '../../core/text/stripControl.js';
import { PROSE, wrapLines } from '../../core/text/wrapLines.js';
import { consentWords, recordLines, surveyLines } from '../../messages/consentWords.js';
import { CliError, EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import { loadContentOrFail, openSavedAnswers } from '../context.js';
import { writeOutput } from '../writeOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './exportCommand.js';
import { safeJson } from '../../core/text/safeJson.js';

/**
 * What `export` does once its arguments are parsed; loaded only when the command runs. The person sees the survey's
 * text and the exact record, field by field, and must agree (typing yes at a terminal, or --agree) before anything
 * is written; a refusal writes nothing and exits 1.
 */
export async function run(args: Args, io: Io): Promise<number> {
  const { bank } = await loadContentOrFail(args);
  if (!bank.survey) throw new CliError(consentWords.noSurvey(args.questions === undefined ? 'The question bank' : `${args.questions}/bank.yaml`));
  const consentVersion = bank.survey.consent_version;
  const { store, opened, answers } = openSavedAnswers(args, bank, io, { locked: true });
  const left = unansweredQuestions(bank, answers).length;
  if (opened.progress === null || left > 0) {
    const interview = commandLine(args.commandPrefix);
    throw new CliError(
      opened.progress === null
        ? ['Nothing to export: there are no saved answers.', `Start the interview (${interview}), then export.`]
        : [`Nothing exported: your interview is not finished (${left} question${left === 1 ? '' : 's'} left).`, `Run ${interview} to finish it, then export.`],
      EXIT.incomplete,
    );
  }
  const responseId = opened.responseId ?? randomUUID();
  const options = { responseId, month: formatMonth(new Date()) ?? '', includeText: Boolean(args.includeText), revision: 1, consentVersion };
  const draft = anonymize(bank, answers, options);
  // Everything but the revision and the month: the same content exported again is the same record.
  const digest = createHash('sha256').update(JSON.stringify({ bank: draft.bank, consentVersion, answers: draft.answers })).digest('hex');
  const { revision, month } = nextRevision(opened.sent, digest, options.month);
  const response = { ...draft, revision, month };

  const shown = [...surveyLines(bank.survey), '', ...recordLines(recordFields(exportedBank(bank), response)), ''];
  // Wrapped at words for a terminal (at most 100 columns, as plans are), so a long paragraph is not cut mid-word.
  const columns = (io.stderr as { columns?: number }).columns ?? io.stdout.columns ?? 80;
  const width = Math.max(20, Math.min(columns, 100));
  const wrapped = shown.flatMap((line) => {
    const indent = /^ */.exec(line)?.[0] ?? '';
    return line === '' ? [''] : wrapLines(stripControl(line).trimStart(), width - indent.length, PROSE).map((l) => indent + l);
  });
  io.stderr.write(`${wrapped.join('\n')}\n`);
  const agreed = args.agree === true || (io.stdin.isTTY === true && (await askToAgree(io)));
  if (!agreed) {
    io.stderr.write(`${args.agree === undefined && !io.stdin.isTTY ? consentWords.needsAgree(commandLine(args.commandPrefix, 'export --agree')) : consentWords.refused}\n`);
    return EXIT.incomplete;
  }
  if (!opened.responseId) store.saveResponseId(responseId);
  await writeOutput(`${safeJson(response, 2)}\n`, args.out, io.stdout);
  store.saveSent({ revision, digest, month, consentVersion });
  if (args.out && !isDash(args.out)) io.stderr.write(`${consentWords.written(args.out)}\n`);
  return EXIT.ok;
}

/** One line from the person at the terminal: yes (or y) agrees; anything else, or the end of input, does not. */
async function askToAgree(io: Io): Promise<boolean> {
  const lines = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    const answer = await Promise.race([lines.question(consentWords.question), new Promise<string>((done) => lines.once('close', () => done('')))]);
    return /^\s*(yes|y)\s*$/i.test(answer);
  } finally {
    lines.close();
  }
}

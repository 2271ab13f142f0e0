import { isDash } from '../../files/dash.js';
import { randomUUID } from 'node:crypto';
import { unansweredQuestions } from '../../core/flow/visibility.js';
import { anonymize } from '../../core/survey/anonymize.js';
import { formatMonth } from '../../core/plan/formatMonth.js';
import { CliError, EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import { loadContentOrFail, openSavedAnswers } from '../context.js';
import { writeOutput } from '../writeOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './exportCommand.js';
import { safeJson } from '../../core/text/safeJson.js';

/** What `export` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const { bank } = await loadContentOrFail(args);
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
  if (!opened.responseId) store.saveResponseId(responseId);
  const response = anonymize(bank, answers, { responseId, month: formatMonth(new Date()) ?? '', includeText: Boolean(args.includeText) });
  await writeOutput(`${safeJson(response, 2)}\n`, args.out, io.stdout);
  if (args.out && !isDash(args.out)) io.stderr.write(`Response written to ${args.out}. Send this file to your survey staff.\n`);
  return EXIT.ok;
}

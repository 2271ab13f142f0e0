import { randomUUID } from 'node:crypto';
import type { CommandModule } from 'yargs';
import { startFlow } from '../../core/flow/flowReducer.js';
import { unansweredQuestions } from '../../core/flow/visibility.js';
import { anonymize } from '../../core/survey/anonymize.js';
import { formatMonth } from '../../core/plan/formatMonth.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail, openStore, type GlobalOptions } from '../context.js';
import { writeOutput } from '../writeOutput.js';

type Args = GlobalOptions & { out?: string; includeText?: boolean };

export const exportCommand: CommandModule<GlobalOptions, Args> = {
  command: 'export',
  describe: 'Write one anonymized response file for survey staff (no name, machine or exact time)',
  builder: (y) =>
    y
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' })
      .option('include-text', { type: 'boolean', describe: 'Include your free-text answer (e-mail addresses and phone numbers masked)' }),
  handler: (args) => {
    const { bank } = loadContentOrFail(args);
    const store = openStore(args);
    const opened = store.open();
    for (const note of opened.notes) process.stderr.write(`${note}\n`);
    const { answers } = startFlow(bank, opened.progress ?? undefined);
    const left = unansweredQuestions(bank, answers).length;
    if (opened.progress === null || left > 0) {
      throw new CliError(
        [opened.progress === null ? 'Nothing to export: there are no saved answers.' : `Nothing exported: your interview is not finished (${left} question${left === 1 ? '' : 's'} left).`, 'Run clinical-path to finish it, then export.'],
        EXIT.incomplete,
      );
    }
    const responseId = opened.responseId ?? randomUUID();
    if (!opened.responseId) store.saveResponseId(responseId);
    const response = anonymize(bank, answers, { responseId, month: formatMonth(new Date()) ?? '', includeText: Boolean(args.includeText) });
    writeOutput(`${JSON.stringify(response, null, 2)}\n`, args.out);
    if (args.out) process.stderr.write(`Response written to ${args.out}. Send this file to your survey staff.\n`);
  },
};

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { DASH_TOKEN } from '../files/dash.js';
import { CliError, EXIT } from './CliError.js';
import { StoreError } from '../store/StoreError.js';
import { answersCommand } from './commands/answersCommand.js';
import { collectCommand } from './commands/collectCommand.js';
import { dictionaryCommand } from './commands/dictionaryCommand.js';
import { exportCommand } from './commands/exportCommand.js';
import { reportCommand } from './commands/reportCommand.js';
import { interviewCommand } from './commands/interviewCommand.js';
import { planCommand } from './commands/planCommand.js';
import { resetCommand } from './commands/resetCommand.js';
import { validateCommand } from './commands/validateCommand.js';
import { demoCommand } from './commands/demoCommand.js';
import { statesCommand } from './commands/statesCommand.js';
import type { GlobalOptions } from './context.js';
import { stopOnUncaught } from './stopOnUncaught.js';
import { commandName } from './commandName.js';
import { commandLine } from './commandLine.js';
import { endQuietlyOnClosedPipe, sayOutputFailed } from './endQuietlyOnClosedPipe.js';
import { checkStoreOption } from './checkStoreOption.js';
import { refuseOutInStore } from './refuseOutInStore.js';

declare const __VERSION__: string;

function report(error: unknown): void {
  if (process.env.DEBUG) console.error(error);
  if (error instanceof StoreError) {
    process.stderr.write(`${error.message}\nChoose another folder with --store DIR (or CLINICAL_PATH_HOME); answers already saved stay where they were.\n`);
    process.exitCode = EXIT.badInput;
    return;
  }
  if (error instanceof CliError) {
    process.stderr.write(`${error.lines.join('\n')}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  if (!process.env.DEBUG) {
    process.stderr.write(`clinical-path: unexpected error: ${error instanceof Error ? error.message : String(error)}\nRun again with DEBUG=1 for details.\n`);
  }
  process.exitCode = EXIT.badInput;
}

export async function main(argv: string[]): Promise<void> {
  stopOnUncaught(report);
  endQuietlyOnClosedPipe(process.stdout, sayOutputFailed);
  endQuietlyOnClosedPipe(process.stderr);
  // Worked out once, here: every message that names a command names one that works where the person is.
  const prefix = commandName(process.env);
  try {
    await yargs(argv)
      .scriptName(prefix)
      .usage('$0 [command] [options]\n\nFind your clinical site: the ASRT clinical-site survey questions and a tailored plan.')
      .option('store', { type: 'string', describe: 'Folder for your saved answers (env CLINICAL_PATH_HOME)', global: true })
      .option('questions', { type: 'string', describe: 'Question bank folder (default: the shipped bank)', global: true })
      .option('plain', {
        type: 'boolean',
        describe: 'Interview in plain numbered lines, no full-screen view (screen readers; also ACCESSIBLE=1, TERM=dumb, or no terminal)',
        global: true,
      })
      .option('ascii', {
        type: 'boolean',
        describe: 'Plain mode in ASCII punctuation only (automatic when the locale is not UTF-8)',
        global: true,
      })
      .option('color', { type: 'boolean', default: true, describe: 'Use --no-color for plain text (NO_COLOR works too)', global: true })
      .check(checkStoreOption)
      .middleware((args) => {
        args.commandPrefix = prefix;
      })
      .middleware(refuseOutInStore)
      .command<GlobalOptions>(interviewCommand as never)
      .command(planCommand as never)
      .command(answersCommand as never)
      .command(resetCommand as never)
      .command(validateCommand as never)
      .command(exportCommand as never)
      .command(collectCommand as never)
      .command(reportCommand as never)
      .command(dictionaryCommand as never)
      .command(demoCommand as never)
      .command(statesCommand as never)
      .strict()
      .version(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev')
      .alias('h', 'help')
      .alias('v', 'version')
      .wrap(Math.min(100, process.stdout.columns || 80))
      .epilogue(
        'Exit codes: 0 done · 1 nothing to do or interview incomplete · 2 bad input · 130 cancelled · 129/143 terminal closed or stopped (answers saved).\n' +
          `Saved answers: ${commandLine(prefix, 'answers')} · delete them: ${commandLine(prefix, 'reset')}`,
      )
      .fail((message, error) => {
        // A check that fails (checkStoreOption) hands its message over as the "error" too: that one is usage.
        if (error && typeof error !== 'string') throw error;
        throw new CliError([message, `Run ${commandLine(prefix, '--help')} for usage.`]);
      })
      .parseAsync();
  } catch (error) {
    report(error);
  }
}

await main(hideBin(process.argv).map((arg) => (arg === '-' ? DASH_TOKEN : arg)));

import { format } from 'node:util';
import yargs from 'yargs';
import { CliError, EXIT } from './CliError.js';
import { StoreError } from '../store/StoreError.js';
import { releaseLocks } from '../store/lockFile.js';
import { answersCommand } from './commands/answersCommand.js';
import { collectCommand } from './commands/collectCommand.js';
import { dictionaryCommand } from './commands/dictionaryCommand.js';
import { exportCommand } from './commands/exportCommand.js';
import { submitCommand } from './commands/submitCommand.js';
import { reportCommand } from './commands/reportCommand.js';
import { interviewCommand } from './commands/interviewCommand.js';
import { planCommand } from './commands/planCommand.js';
import { resetCommand } from './commands/resetCommand.js';
import { validateCommand } from './commands/validateCommand.js';
import { demoCommand } from './commands/demoCommand.js';
import { statesCommand } from './commands/statesCommand.js';
import { serveCommand } from './commands/serveCommand.js';
import { classCommand } from './commands/classCommand.js';
import type { GlobalOptions } from './context.js';
import { commandName } from './commandName.js';
import { commandLine } from './commandLine.js';
import { checkStoreOption } from './checkStoreOption.js';
import { refuseOutInStore } from './refuseOutInStore.js';
import { toYargs } from './Command.js';
import type { Io } from './Io.js';

declare const __VERSION__: string;

/** An error as the person sees it, on `io.stderr`: one or two lines and the exit code, a stack trace only with DEBUG. */
export function report(error: unknown, io: Pick<Io, 'stderr' | 'env'>): number {
  if (io.env.DEBUG) io.stderr.write(`${format(error)}\n`);
  if (error instanceof StoreError) {
    io.stderr.write(`${error.message}\nChoose another folder with --store DIR (or CLINICAL_PATH_HOME); answers already saved stay where they were.\n`);
    return EXIT.badInput;
  }
  if (error instanceof CliError) {
    io.stderr.write(`${error.lines.join('\n')}\n`);
    return error.exitCode;
  }
  if (!io.env.DEBUG) {
    io.stderr.write(`clinical-path: unexpected error: ${error instanceof Error ? error.message : String(error)}\nRun again with DEBUG=1 for details.\n`);
  }
  return EXIT.badInput;
}

/**
 * The whole program for one command line (`argv` without node and the script), reading and writing only `io`.
 * Returns the exit code. The store lock a command takes is released before it returns.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  // Worked out once, here: every message that names a command names one that works where the person is.
  const prefix = commandName(io.env);
  let code: number = EXIT.ok;
  const done = (result: number) => {
    code = result;
  };
  try {
    // yargs prints --help, --version and its own messages through console.log and would exit the process; with a
    // parse callback it hands that text over instead, to be written to io.stdout.
    let printed = '';
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
        .middleware((args) => refuseOutInStore(args, io.env))
        .command<GlobalOptions>(toYargs(interviewCommand, io, done) as never)
        .command(toYargs(planCommand, io, done) as never)
        .command(toYargs(answersCommand, io, done) as never)
        .command(toYargs(resetCommand, io, done) as never)
        .command(toYargs(validateCommand, io, done) as never)
        .command(toYargs(exportCommand, io, done) as never)
        .command(toYargs(submitCommand, io, done) as never)
        .command(toYargs(collectCommand, io, done) as never)
        .command(toYargs(reportCommand, io, done) as never)
        .command(toYargs(dictionaryCommand, io, done) as never)
        .command(toYargs(demoCommand, io, done) as never)
        .command(toYargs(statesCommand, io, done) as never)
        .command(toYargs(serveCommand, io, done) as never)
        .command(toYargs(classCommand, io, done) as never)
        .strict()
        .version(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev')
        .alias('h', 'help')
        .alias('v', 'version')
        .wrap(Math.min(100, io.stdout.columns || 80))
        .epilogue(
          'Exit codes: 0 done · 1 nothing to do or interview incomplete · 2 bad input · 3 queued to send later (submit) · 130 cancelled · 129/143 terminal closed or stopped (answers saved).\n' +
            `Saved answers: ${commandLine(prefix, 'answers')} · delete them: ${commandLine(prefix, 'reset')}`,
        )
        .fail((message, error) => {
          // A check that fails (checkStoreOption) hands its message over as the "error" too: that one is usage.
          if (error && typeof error !== 'string') throw error;
          throw new CliError([message, `Run ${commandLine(prefix, '--help')} for usage.`]);
        })
      .parseAsync(argv, {}, (_error, _args, output) => {
        printed = output;
      });
    if (printed) io.stdout.write(`${printed}\n`);
    return code;
  } catch (error) {
    return report(error, io);
  } finally {
    releaseLocks();
  }
}

import { say } from '../messages/en.js';
import { startFlow, toSaved } from '../core/flow/flowReducer.js';
import { validateAnswers } from '../core/flow/validateAnswers.js';
import { unansweredQuestions } from '../core/flow/visibility.js';
import { skipMissingOptional } from '../core/flow/skipMissingOptional.js';
import type { Content } from '../core/content.js';
import { isDash } from '../files/dash.js';
import { readYamlFile } from '../files/readYamlFile.js';
import { SIZE_LIMITS } from '../files/sizeLimits.js';
import type { Store } from '../store/Store.js';
import { stripControl } from '../core/text/stripControl.js';
import { CliError, EXIT } from './CliError.js';
import { outputPlan, type PlanOutputOptions } from './planOutput.js';
import { commandLine } from './commandLine.js';
import { closingLines } from './closingLines.js';
import type { CommandPrefix } from './commandName.js';
import type { Io } from './Io.js';

/**
 * `--answers FILE`: the same engine as the interview, with answers from a file; saved like an interview.
 * The file is read and checked before the store is opened, so a bad file leaves the store folder untouched.
 * Every line printed here may quote the file (ids, option values) or its name, so each goes through stripControl:
 * an option value like `ESC ] 52 ; c ; … BEL` would otherwise write to the clipboard.
 */
export async function runAnswersFile(
  content: Content,
  openStore: () => Store,
  file: string,
  options: PlanOutputOptions & { commandPrefix?: CommandPrefix },
  io: Io,
): Promise<number> {
  const { bank } = content;
  if (isDash(file)) throw new CliError(['--answers takes a file; reading answers from standard input (-) is not supported.', 'Save them to a file first, e.g. answers.json.']);
  const read = readYamlFile(file, SIZE_LIMITS.answers);
  if (!read.ok) throw new CliError([stripControl(`${file}: ${read.message}`)]);
  const validated = validateAnswers(bank, read.data);
  const { problems, dropped } = validated;
  // A file that answers every required question is complete: the optional ones it leaves out are skipped, as with
  // the interview's Skip row. A partial file is saved as given, so the interview still asks the optional ones.
  const filled = skipMissingOptional(bank, validated.answers).answers;
  const answers = unansweredQuestions(bank, filled).length === 0 ? filled : validated.answers;
  if (problems.length > 0) {
    throw new CliError(problems.slice(0, 5).map((p) => stripControl(`${file}: ${p.at}: ${say(p.problem)}`)).concat(problems.length > 5 ? [`… and ${problems.length - 5} more`] : []));
  }
  for (const id of dropped) io.stderr.write(`${stripControl(`${file}: answers.${id}: not asked with your other answers; ignored.`)}\n`);

  const store = openStore();
  for (const note of store.open().notes) io.stderr.write(`${stripControl(note)}\n`);
  const state = startFlow(bank, { answers, screen: 'done', current: null });
  store.save(toSaved(state), { id: bank.id, version: bank.version });
  const missing = unansweredQuestions(bank, answers);
  if (missing.length > 0) {
    throw new CliError(
      [stripControl(`${file}: ${missing.length} question${missing.length === 1 ? '' : 's'} not answered: ${missing.map((q) => q.id).join(', ')}.`), `Your answers were saved; run ${commandLine(options.commandPrefix)} to answer the rest.`],
      EXIT.incomplete,
    );
  }
  await outputPlan(content, answers, options, io);
  // As at the end of an interview: where the answers went and how to see the plan again. Only after a text plan on
  // the screen: Markdown, JSON and --out are for files and programs, where added lines would be in the way.
  if ((options.format ?? 'text') === 'text' && (!options.out || isDash(options.out))) {
    io.stdout.write(`\n${closingLines(options.commandPrefix, { finished: true, location: store.location }).join('\n')}\n`);
  }
  return EXIT.ok;
}

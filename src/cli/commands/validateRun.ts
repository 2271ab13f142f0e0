import { loadContent } from '../../files/loadBank.js';
import { CliError, EXIT } from '../CliError.js';
import { formatBankProblem } from '../formatBankProblem.js';
import { shippedQuestionsDir } from '../paths.js';
import type { Io } from '../Io.js';
import type { Args } from './validateCommand.js';

/** What `validate` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const dir = args.dir ?? args.questions;
  const result = loadContent(dir ?? shippedQuestionsDir(), dir ?? 'questions');
  if (!result.ok) {
    const count = result.problems.length;
    io.stderr.write(`${result.problems.map(formatBankProblem).join('\n')}\n`);
    throw new CliError([`${count} problem${count === 1 ? '' : 's'} in ${dir ?? 'questions'}; the interview will not start until they are fixed.`]);
  }
  const { bank, plan, states } = result.content;
  const sections = new Set(bank.questions.map((q) => q.section)).size;
  const jurisdictions = states ? `, ${Object.keys(states.states).length} states and territories` : '';
  io.stdout.write(`✓ ${dir ?? 'questions'} is valid: bank ${bank.id} ${bank.version}, ${bank.questions.length} questions in ${sections} sections, ${plan.items.length} plan items${jurisdictions}, ${result.content.personas.length} demo personas.\n`);
  // Due for a re-check, not wrong: shown after the verdict, and the exit code stays 0.
  if (result.warnings.length > 0) io.stderr.write(`${result.warnings.map((w) => `warning: ${formatBankProblem(w)}`).join('\n')}\n`);
  return EXIT.ok;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../core/content.js';
import { loadContent } from '../../files/loadBank.js';
import { CliError, EXIT } from '../CliError.js';
import { commandLine } from '../commandLine.js';
import { loadContentOrFail } from '../context.js';
import { formatBankProblem } from '../formatBankProblem.js';
import { shippedQuestionsDir } from '../paths.js';
import type { Io } from '../Io.js';
import type { Args } from './validateCommand.js';

/** What `validate` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  const dir = args.dir ?? args.questions;
  // The installed package carries the shipped bank compiled (dist/content.json.br), not its YAML: that was validated
  // when this version was built, so say so and where the editable source is, rather than fail on a missing folder.
  if (dir === undefined && !existsSync(join(shippedQuestionsDir(), 'bank.yaml'))) {
    io.stdout.write(`✓ the shipped bank is valid (checked when this version was built): ${summary(await loadContentOrFail(args))}.\n`);
    io.stdout.write(`Its YAML is not installed with the app. For a bank of your own, copy questions/ from the clinical-path repository, edit it, and check it with: ${commandLine(args.commandPrefix, 'validate DIR')}\n`);
    return EXIT.ok;
  }
  const result = loadContent(dir ?? shippedQuestionsDir(), dir ?? 'questions');
  if (!result.ok) {
    const count = result.problems.length;
    io.stderr.write(`${result.problems.map(formatBankProblem).join('\n')}\n`);
    throw new CliError([`${count} problem${count === 1 ? '' : 's'} in ${dir ?? 'questions'}; the interview will not start until they are fixed.`]);
  }
  io.stdout.write(`✓ ${dir ?? 'questions'} is valid: ${summary(result.content)}.\n`);
  // Due for a re-check, not wrong: shown after the verdict, and the exit code stays 0.
  if (result.warnings.length > 0) io.stderr.write(`${result.warnings.map((w) => `warning: ${formatBankProblem(w)}`).join('\n')}\n`);
  return EXIT.ok;
}

/** What a valid bank holds, in one line: `bank clinical-path 2026.12, 26 questions in 5 sections, …`. */
function summary({ bank, plan, states, personas }: Content): string {
  const sections = new Set(bank.questions.map((q) => q.section)).size;
  const jurisdictions = states ? `, ${Object.keys(states.states).length} states and territories` : '';
  return `bank ${bank.id} ${bank.version}, ${bank.questions.length} questions in ${sections} sections, ${plan.items.length} plan items${jurisdictions}, ${personas.length} demo personas`;
}

import type { Bank, Question } from '../core/bank/schema.js';
import { progress, type FlowState } from '../core/flow/flowReducer.js';
import { EXCLUSIVE_MARK } from '../messages/exclusive.js';
import { questionHeading } from '../messages/questionHeading.js';
import { linesOf } from '../kinds/lineKinds.js';
import { instructionLines } from './instructionLines.js';
import { numberedOptions } from './numberedOptions.js';
import { plainLine } from './plainLine.js';

/** The kind of answer a question expects, said on its own line so that line makes sense alone. */
function expected(question: Question): string {
  const kind = linesOf(question).expected(question);
  return question.optional ? `${kind}, optional` : kind;
}

/**
 * The question on screen as static lines, each one whole (the terminal wraps them, a screen reader reads each as one
 * sentence): "Question 3 of 20, About you: Which credentials do you hold? (one or more answers)", the help, every
 * option numbered, then the instructions. A list with `filter: true` (54 states) asks for a name and is listed
 * only when `listed` (after `?`): hearing 54 names before being told a name will do helps nobody.
 */
export function questionLines(bank: Bank, state: FlowState, listed = false): string[] {
  const question = bank.questions.find((q) => q.id === state.current);
  if (state.screen !== 'question' || !question) return [];
  const { index, total } = progress(bank, state);
  const where = questionHeading({ index, total, section: question.section, editing: state.editing }, ', ', 'changing your answer');
  const shown = listed || !linesOf(question).filtered(question);
  const options = !shown
    ? []
    : numberedOptions(question, state.answers).map((o) =>
          plainLine(`${o.label}${o.hint ? ` — ${o.hint}` : ''}${o.exclusive ? ` (${EXCLUSIVE_MARK})` : ''}`, `${o.number}. `),
        );
  return [
    plainLine(`${where}: ${question.prompt} (${expected(question)})`),
    ...(question.help ? [plainLine(question.help)] : []),
    ...options,
    ...instructionLines(question, state.answers, state.editing, shown),
  ];
}

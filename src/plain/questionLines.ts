import type { Bank } from '../core/bank/schema.js';
import { progress, type FlowState } from '../core/flow/flowReducer.js';
import { instructionLines } from './instructionLines.js';
import { numberedOptions } from './numberedOptions.js';
import { wrapLines } from './wrapLines.js';

/**
 * The question on screen as static lines: "Question 3 of 18 · About you", the prompt, the help, every option
 * numbered (long lists in full: a screen reader can move through them), then the instructions.
 */
export function questionLines(bank: Bank, state: FlowState): string[] {
  const question = bank.questions.find((q) => q.id === state.current);
  if (state.screen !== 'question' || !question) return [];
  const { index, total } = progress(bank, state);
  const header = `Question ${index} of ${total} · ${question.section}${state.editing ? ' · changing an answer' : ''}`;
  const options =
    question.kind === 'text'
      ? []
      : numberedOptions(question, state.answers).flatMap((o) => wrapLines(o.hint ? `${o.label} — ${o.hint}` : o.label, `${o.number}. `));
  return [
    ...wrapLines(header),
    ...wrapLines(question.prompt),
    ...(question.help ? wrapLines(question.help) : []),
    ...options,
    ...instructionLines(question, state.answers, state.editing),
  ];
}

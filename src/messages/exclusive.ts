import type { MultiQuestion, Question } from '../core/bank/schema.js';
import type { ExclusiveConflict } from '../core/flow/exclusiveConflict.js';
import type { Toggled } from '../core/flow/toggleOption.js';
import { formatList } from './formatList.js';
import { optionsOf } from '../kinds/coreKinds.js';

/**
 * The words for the exclusive-option rule ("None of these yet" is an answer on its own), for every screen: plain
 * mode prints them, the Ink view shows them under the list. Plain ASCII apostrophes, so `--ascii` changes nothing.
 */

/** After an exclusive option's label in a list, in brackets: says the rule before anyone trips on it. */
export const EXCLUSIVE_MARK = 'only on its own';

function labelOf(question: Question, value: string): string {
  return optionsOf(question)?.find((o) => o.value === value)?.label ?? value;
}

/** Why a combined answer was refused: "None of these yet can't be combined with other answers." */
export function exclusiveRefusal(question: Question, refusal: ExclusiveConflict): string {
  return `${labelOf(question, refusal.exclusive)} can't be combined with other answers.`;
}

/**
 * What a tick unticked besides itself, since the person did not untick it; null when it unticked nothing.
 * "Unticked Radiography (R): None of these yet can't be combined with other answers." after ticking the exclusive
 * option, "Unticked None of these yet: it can't be combined with other answers." after ticking another.
 */
export function exclusiveNote(question: MultiQuestion, ticked: string, toggled: Toggled): string | null {
  if (toggled.unticked.length === 0) return null;
  const unticked = formatList(toggled.unticked.map((v) => labelOf(question, v)));
  const tickedExclusive = question.options.some((o) => o.value === ticked && o.exclusive);
  return tickedExclusive
    ? `Unticked ${unticked}: ${labelOf(question, ticked)} can't be combined with other answers.`
    : `Unticked ${unticked}: it can't be combined with other answers.`;
}

import type { Answers, Bank, Question } from '../bank/schema.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';

/** Running counts for one single- or multi-choice question. */
export interface QuestionTally {
  readonly question: Question;
  /** One option per respondent, or any number of them (the kind's `tally`). */
  readonly mode: 'one' | 'many';
  /** Respondents with a non-empty answer: the denominator. */
  answered: number;
  /** Per option, in the bank's option order: respondents who chose it. */
  readonly counts: number[];
  /** Option value → index into `counts`. */
  readonly optionIndex: ReadonlyMap<string, number>;
}

/**
 * Everything the report needs, and nothing per response: its size is questions × options however many responses
 * are added, so a report over 100,000 streamed responses holds no more than one over ten.
 */
export interface Tally {
  bank: { id: string; version: string };
  respondents: number;
  /** The bank's single- and multi-choice questions, in bank order. Text answers are never counted. */
  readonly questions: QuestionTally[];
  readonly byId: ReadonlyMap<string, QuestionTally>;
}

export function createTally(bank: Bank): Tally {
  const questions: QuestionTally[] = [];
  for (const question of bank.questions) {
    const mode = coreOf(question).tally;
    const options = optionsOf(question);
    if (!mode || !options) continue;
    questions.push({
      question,
      mode,
      answered: 0,
      counts: options.map(() => 0),
      optionIndex: new Map(options.map((o, i) => [o.value, i])),
    });
  }
  return { bank: { id: bank.id, version: bank.version }, respondents: 0, questions, byId: new Map(questions.map((q) => [q.question.id, q])) };
}

/**
 * Adds one respondent's answers (already validated: see validateResponse). A question counts as answered when at
 * least one known option is chosen; a skipped optional answer ('' or []) does not. Values that are not options of
 * the question are ignored, and an option listed twice in a multi answer counts once.
 */
export function addToTally(tally: Tally, answers: Answers): void {
  tally.respondents += 1;
  // Once per response over a million lines: plain loops, no closures or arrays made per question.
  for (const entry of tally.questions) {
    const id = entry.question.id;
    if (!Object.hasOwn(answers, id)) continue;
    const value = answers[id];
    let any = false;
    if (entry.mode === 'one') {
      if (typeof value === 'string') any = countOption(entry, value);
    } else if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j += 1) {
        if (value.indexOf(value[j]!) === j && countOption(entry, value[j]!)) any = true;
      }
    }
    if (any) entry.answered += 1;
  }
}

function countOption(entry: QuestionTally, value: string): boolean {
  const i = entry.optionIndex.get(value);
  if (i === undefined) return false;
  entry.counts[i] = (entry.counts[i] ?? 0) + 1;
  return true;
}

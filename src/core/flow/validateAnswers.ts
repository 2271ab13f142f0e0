import { isVisible } from '../bank/evaluate.js';
import type { Answers, AnswerValue, Bank } from '../bank/schema.js';
import { checkAnswer, type AnswerRefusal } from './checkAnswer.js';
import { exclusiveConflict, type ExclusiveConflict } from './exclusiveConflict.js';
import { pruneAnswers } from './visibility.js';
import { answerOf } from '../bank/answerOf.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';
import type { FileShapeProblem } from '../../kinds/KindCore.js';

/** What is wrong with one answer in a file, as a code with its data (worded by src/messages). */
export type AnswerFileProblem =
  | AnswerRefusal
  | { code: 'answersNotObject' }
  | { code: 'unknownAnswerId'; id: string }
  | FileShapeProblem
  /** `known`: the first few option values, `more` when there are others. */
  | { code: 'notOptionOf'; value: string; question: string; known: string[]; more: boolean }
  | { code: 'onlyOnItsOwn'; exclusive: string; label: string | undefined; others: string[] };

export interface AnswerProblem {
  /** Where in the file, e.g. `answers.site_types`. */
  at: string;
  problem: AnswerFileProblem;
  /** Set when an exclusive option is combined with others, for callers that word it themselves. */
  conflict?: ExclusiveConflict;
}

export interface ValidatedAnswers {
  answers: Answers;
  problems: AnswerProblem[];
  /** Valid answers to questions the other answers hide; dropped, as in the interview. */
  dropped: string[];
}

/** Checks an `{answers: {...}}` document from outside against the bank: every unknown id or option is a problem. */
export function validateAnswers(bank: Bank, document: unknown): ValidatedAnswers {
  const problems: AnswerProblem[] = [];
  const raw = typeof document === 'object' && document !== null && !Array.isArray(document) ? (document as Record<string, unknown>).answers : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { answers: {}, dropped: [], problems: [{ at: 'answers', problem: { code: 'answersNotObject' } }] };
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  // No prototype: a key from the file is only ever an own property here, whatever its name.
  const candidate: Record<string, AnswerValue> = Object.create(null) as Record<string, AnswerValue>;
  for (const [id, value] of entries) {
    const question = bank.questions.find((q) => q.id === id);
    if (!question) {
      problems.push({ at: `answers.${id}`, problem: { code: 'unknownAnswerId', id } });
      continue;
    }
    const kind = coreOf(question);
    const read = kind.fromFile(value);
    // Strings and lists of strings have always been kept as given; a kind may also read its own form (a number).
    const kept = read ?? (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')) ? (value as AnswerValue) : undefined);
    if (kept === undefined) {
      problems.push({ at: `answers.${id}`, problem: kind.fileShape });
      continue;
    }
    candidate[id] = kept;
  }
  for (const q of bank.questions) {
    const value = answerOf(candidate, q.id);
    if (value === undefined) continue;
    const options = optionsOf(q);
    const unknownOption = options && (Array.isArray(value) ? value : [value]).find((v) => v !== '' && !options.some((o) => o.value === v));
    if (options && unknownOption !== undefined && unknownOption !== null) {
      const known = options.map((o) => o.value).slice(0, 8);
      problems.push({ at: `answers.${q.id}`, problem: { code: 'notOptionOf', value: unknownOption, question: q.id, known, more: options.length > 8 } });
      delete candidate[q.id];
      continue;
    }
    if (!isVisible(q, candidate)) continue;
    const refusal = checkAnswer(q, value, candidate);
    const conflict = refusal === null ? exclusiveConflict(q, value) : null;
    if (refusal !== null) problems.push({ at: `answers.${q.id}`, problem: refusal });
    // By option value, like the problems above, for whoever wrote the file: so they can find it there.
    else if (conflict) {
      const label = options?.find((o) => o.value === conflict.exclusive)?.label;
      problems.push({ at: `answers.${q.id}`, problem: { code: 'onlyOnItsOwn', exclusive: conflict.exclusive, label, others: conflict.others }, conflict });
    }
    if (refusal !== null || conflict) delete candidate[q.id];
  }
  const answers = pruneAnswers(bank, candidate);
  const dropped = Object.keys(candidate).filter((id) => !Object.hasOwn(answers, id));
  return { answers, problems, dropped };
}

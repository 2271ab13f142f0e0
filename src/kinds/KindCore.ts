import type { Option } from '../core/bank/questionBase.js';
import type { ContentProblemCode } from '../core/contentProblem.js';
import type { PlaceholderWords } from '../core/plan/fillPlaceholders.js';
import type { Answers, AnswerValue } from '../core/bank/schema.js';

/** A row the person can pick: a shown option, or a kind's Skip row (value ''). */
export interface OfferedRow {
  value: string;
  label: string;
  hint?: string;
  /** Chosen only on its own ("None of these yet"). */
  exclusive?: boolean;
}

/** A problem with one question of a kind that its schema cannot see, named by field, as a code (src/messages words it). */
export interface KindProblem {
  field: string;
  problem: ContentProblemCode;
}

/** An answer in a file of the wrong shape for its kind, as a code (src/messages words it). */
export type FileShapeProblem = { code: 'expectedOptionList' } | { code: 'expectedString' } | { code: 'expectedWholeNumber' };

/** REDCap's field types this bank uses. */
export type RedcapFieldType = 'text' | 'notes' | 'radio' | 'dropdown' | 'checkbox';

/**
 * What a question kind means to the pure core: no words for a screen, no keys. Everything src/core used to ask
 * with `question.kind === …` is asked here instead, so a kind is one module and the compiler finds a missing part.
 */
export interface KindCore<Q, R extends { code: string } = { code: string }> {
  /** The options the bank lists (show_if ignored), or null: a kind without options cannot be named by `in:`. */
  options(question: Q): readonly Option[] | null;
  /** What the person can pick now: options shown by show_if, then the Skip row where the kind has one. */
  offered(question: Q, answers: Answers): OfferedRow[];
  /** The bank's default answer when it is on offer now (what Enter takes, what a list starts on); else undefined. */
  defaultAnswer(question: Q, answers: Answers): AnswerValue | undefined;
  /** The answer that leaves the question empty: what skipping saves. */
  empty: AnswerValue;
  /** An answer read from a file (`--answers`, a response): the value in our form, or undefined for the wrong shape. */
  fromFile(value: unknown): AnswerValue | undefined;
  /** What a file should hold for this kind, for the problem when `fromFile` refuses. */
  fileShape: FileShapeProblem;
  /** Why a value cannot be the answer, as a code with its data (src/messages words it); null when it can. */
  check(question: Q, value: AnswerValue, answers: Answers): R | null;
  /** An answer kept when options hide: a multi answer loses only the hidden options. */
  keepShown(question: Q, value: AnswerValue, answers: Answers): AnswerValue;
  /** A given, non-empty answer as the person reads it on review and in listings. */
  describe(question: Q, value: AnswerValue): string;
  /** An answer inside a plan sentence (`{question_id}`), with the plan's own words; null when there is nothing to insert. */
  phrase(question: Q, value: AnswerValue | undefined, words: PlaceholderWords): string | null;
  /** Free text the person typed: left out of exports unless asked, never counted or inserted in the plan. */
  typedText: boolean;
  /** The answer as a response file carries it, or undefined to leave it out (typed text unless `--include-text`). */
  forExport(question: Q, value: AnswerValue, includeText: boolean): AnswerValue | undefined;
  /** How the report counts it: one option per respondent, any number of them, or not at all. */
  tally: 'one' | 'many' | null;
  redcap: {
    fieldType(question: Q): RedcapFieldType;
    /** One import column and one checkbox per option (REDCap's `id___code`), as for tick boxes. */
    checkboxes: boolean;
    /** Flagged `Identifier? = y`: the answer could name the person. */
    identifier(question: Q): boolean;
    /** REDCap's text validation: type, min and max. */
    validation?(question: Q): { type: string; min: string; max: string };
  };
  /** Rules of the kind a schema cannot express (defaults among the options, range). */
  checkQuestion(question: Q): KindProblem[];
}

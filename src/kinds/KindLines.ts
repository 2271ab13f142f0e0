import type { AnswerValue } from '../core/bank/schema.js';
import type { NumberedOption } from '../plain/numberedOptions.js';
import type { HelpView } from '../ui/keyHelpText.js';

/** A typed line read as an answer, or a one-line reason to ask again. */
export type Reading = { ok: true; value: AnswerValue } | { ok: false; lines: string[] };

/**
 * What a question kind says on a terminal without Ink: plain mode's lines and reader, and the key help that the first
 * frame and the Ink views share. No React, no Ink: plain mode never loads them.
 */
export interface KindLines<Q> {
  /** The kind of answer expected, for the question's line: "one answer", "type your answer". */
  expected(question: Q): string;
  /** A long list (`filter: true`) that asks for a name first and lists its options only on `?`. */
  filtered(question: Q): boolean;
  /** What to type, without the final period; `count` is the number of rows offered (Skip row included). */
  ask(question: Q, count: number, listed: boolean): string;
  /** Enter on an empty line with nothing to keep, take or skip: a reason to ask again, or null to send the empty answer. */
  emptyLine(question: Q): string | null;
  /** A typed line (not empty, not a key) as this kind's answer; `rows` are the numbered rows on offer. */
  read(question: Q, rows: readonly NumberedOption[], input: string, ask: string): Reading;
  /** What `?` does here: "list the options again" or "repeat the question". */
  repeatWords: string;
  /** A refusal is followed by the ask sentence (a list's numbers); a field's refusal says what to type itself. */
  askAfterRefusal: boolean;
  /** The key help the views, the first frame and the screen-reader summary draw for this question. */
  keyView(question: Q): HelpView;
  /** For a screen reader, in brackets after the question: "4 options, choose one", "a typed answer". */
  spokenKind(question: Q, count: number): string;
}

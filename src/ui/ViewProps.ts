import type { Answers, AnswerValue, Question } from '../core/bank/schema.js';

/** What every question view gets. Views hold only what is being typed or highlighted; answers go up. */
export interface ViewProps<Q extends Question> {
  question: Q;
  /** All answers so far: which options show can depend on them. */
  answers: Answers;
  /** The current answer to this question, or undefined; preselected so going back loses nothing. */
  value: AnswerValue | undefined;
  /** Lines the view may take: the frame must stay shorter than the terminal. */
  height: number;
  /** Columns its text wraps in. */
  columns?: number;
  /** The person did something other than confirm (moved, ticked, typed): a refusal on screen is now stale. */
  onActivity?: () => void;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
}

/** Options carry numbers (a number moves the highlight there) up to 99 of them: two digits typed together. */
export function isNumbered(count: number): boolean {
  return count <= 99;
}

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
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
}

/** Numbers 1–9 are shown (and pick) only when every option has one and all are on screen. */
export function isNumbered(count: number, height: number): boolean {
  return count <= 9 && count <= height;
}

/** An option as the choice views list it. */
export interface OptionRow {
  value: string;
  label: string;
  hint?: string;
}

/** The row offered for leaving an optional choice question empty; '' is what the reducer accepts. */
export const SKIP: OptionRow = { value: '', label: 'Skip this question' };

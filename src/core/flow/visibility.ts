import { isVisible } from '../bank/evaluate.js';
import type { Answers, Bank, QuestionInBank } from '../bank/schema.js';
import { checkAnswer } from './checkAnswer.js';

export function visibleQuestions(bank: Bank, answers: Answers): QuestionInBank[] {
  return bank.questions.filter((q) => isVisible(q, answers));
}

/**
 * Keeps only answers that still belong: to a known, visible question, with a value it accepts.
 * Applied in bank order until nothing changes, since dropping one answer can hide later questions
 * (SurveyJS calls this clearing invisible values).
 */
export function pruneAnswers(bank: Bank, answers: Answers): Answers {
  let current: Record<string, string | string[]> = { ...answers };
  for (;;) {
    const next: Record<string, string | string[]> = {};
    for (const q of bank.questions) {
      const value = current[q.id];
      if (value === undefined || !isVisible(q, current)) continue;
      if (checkAnswer(q, value, current) === null) next[q.id] = value;
    }
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
}

/** Visible questions with no answer yet, in bank order. */
export function unansweredQuestions(bank: Bank, answers: Answers): QuestionInBank[] {
  return visibleQuestions(bank, answers).filter((q) => answers[q.id] === undefined);
}

export function isComplete(bank: Bank, answers: Answers): boolean {
  return unansweredQuestions(bank, answers).length === 0;
}

import { isVisible } from '../bank/evaluate.js';
import { coreOf } from '../../kinds/coreKinds.js';
import type { Answers, Bank, QuestionInBank } from '../bank/schema.js';
import { checkAnswer } from './checkAnswer.js';
import { exclusiveConflict } from './exclusiveConflict.js';
import { answerOf } from '../bank/answerOf.js';

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
      const given = answerOf(current, q.id);
      if (given === undefined || !isVisible(q, current)) continue;
      // A multi answer loses only the options that are now hidden, not the whole answer.
      const value = coreOf(q).keepShown(q, given, current);
      // A saved answer from before an option was marked exclusive is asked again rather than kept contradictory.
      if (checkAnswer(q, value, current) === null && exclusiveConflict(q, value) === null) next[q.id] = value;
    }
    const settled = Object.keys(next).length === Object.keys(current).length && Object.entries(next).every(([id, v]) => sameValue(v, answerOf(current, id)));
    if (settled) return next;
    current = next;
  }
}

/** Visible questions with no answer yet, in bank order. */
export function unansweredQuestions(bank: Bank, answers: Answers): QuestionInBank[] {
  return visibleQuestions(bank, answers).filter((q) => answerOf(answers, q.id) === undefined);
}

export function isComplete(bank: Bank, answers: Answers): boolean {
  return unansweredQuestions(bank, answers).length === 0;
}

function sameValue(a: string | string[], b: string | string[] | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

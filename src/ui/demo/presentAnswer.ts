import type { Answers, AnswerValue, Question } from '../../core/bank/schema.js';
import { checkAnswer } from '../../core/flow/checkAnswer.js';
import type { Persona } from '../../core/persona/personaSchema.js';

/**
 * The answer the presenter shows for a question: the one given in this demo (the persona's, or the class's
 * change), else the persona's own (a question a change hid and another change revealed again). Undefined when
 * there is none that the question accepts now: the question then opens in the interactive view.
 */
export function presentedValue(question: Question, answers: Answers, persona: Persona): AnswerValue | undefined {
  const value = answers[question.id] ?? persona.answers[question.id];
  if (value === undefined) return undefined;
  return checkAnswer(question, value, answers) === null ? value : undefined;
}

/** Whether the class's changes made these answers differ from the persona's. */
export function changedFrom(persona: Persona, answers: Answers): boolean {
  const ids = new Set([...Object.keys(persona.answers), ...Object.keys(answers)]);
  return [...ids].some((id) => JSON.stringify(persona.answers[id]) !== JSON.stringify(answers[id]));
}

/** "← Dana's answer": the text marker beside the persona's answer, so it never rests on color. */
export function answerNote(persona: Pick<Persona, 'name'>): string {
  return `← ${persona.name}'s answer`;
}

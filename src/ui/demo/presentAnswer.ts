import type { Answers, AnswerValue, Question } from '../../core/bank/schema.js';
import { checkAnswer } from '../../core/flow/checkAnswer.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { demoWords, type ChoiceOwner } from '../../messages/demoWords.js';
import { symbols } from '../theme.js';

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

/** "← Dana's answer", "← class", "← Dana and the class": the text marker of who chose, so it never rests on color. */
export function ownerNote(owner: ChoiceOwner, persona: Pick<Persona, 'name'>): string {
  return demoWords.mark(owner, persona.name, symbols.answerMarker);
}

const valuesOf = (value: AnswerValue | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Who chose each option now on screen: the persona's own answer, the class's change (`current` differs from it),
 * or both when a change kept that option. Options nobody chose are absent. Unchanged answers are all the persona's.
 */
export function choiceOwners(questionId: string, current: AnswerValue, persona: Pick<Persona, 'answers'>): Map<string, ChoiceOwner> {
  const own = persona.answers[questionId];
  const owners = new Map<string, ChoiceOwner>();
  if (own !== undefined && JSON.stringify(own) === JSON.stringify(current)) {
    for (const value of valuesOf(current)) owners.set(value, 'persona');
    return owners;
  }
  const mine = new Set(valuesOf(own));
  for (const value of valuesOf(current)) owners.set(value, mine.has(value) ? 'both' : 'class');
  for (const value of mine) if (!owners.has(value)) owners.set(value, 'persona');
  return owners;
}

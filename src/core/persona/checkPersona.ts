import type { Bank } from '../bank/schema.js';
import { validateAnswers } from '../flow/validateAnswers.js';
import { unansweredQuestions } from '../flow/visibility.js';
import type { z } from 'zod';
import type { Persona, personaFileSchema } from './personaSchema.js';

export interface PersonaProblem {
  field: string;
  message: string;
}

/** A persona's answers must be a complete, valid interview for the bank: the demo steps through all of them. */
export function checkPersona(bank: Bank, file: z.infer<typeof personaFileSchema>): { persona?: Persona; problems: PersonaProblem[] } {
  const { answers, problems, dropped } = validateAnswers(bank, { answers: file.answers });
  const all: PersonaProblem[] = problems.map((p) => ({ field: p.at, message: p.message }));
  for (const id of dropped) all.push({ field: `answers.${id}`, message: 'not asked with the other answers; remove it' });
  for (const q of unansweredQuestions(bank, answers)) all.push({ field: `answers.${q.id}`, message: 'missing: the demo needs an answer to every question it asks' });
  if (all.length > 0) return { problems: all };
  return { persona: { id: file.id, name: file.name, story: file.story, drawnFrom: file.drawn_from, answers }, problems: [] };
}

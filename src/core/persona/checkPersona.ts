import type { Bank } from '../bank/schema.js';
import { validateAnswers } from '../flow/validateAnswers.js';
import type { z } from 'zod';
import type { Persona, personaFileSchema } from './personaSchema.js';

export interface PersonaProblem {
  field: string;
  message: string;
}

/**
 * A persona's answers must be valid for the bank. They may leave questions out (say, ones added to the
 * bank later): the demo asks the class to answer those.
 */
export function checkPersona(bank: Bank, file: z.infer<typeof personaFileSchema>): { persona?: Persona; problems: PersonaProblem[] } {
  const { answers, problems, dropped } = validateAnswers(bank, { answers: file.answers });
  const all: PersonaProblem[] = problems.map((p) => ({ field: p.at, message: p.message }));
  for (const id of dropped) all.push({ field: `answers.${id}`, message: 'not asked with the other answers; remove it' });
  if (all.length > 0) return { problems: all };
  return { persona: { id: file.id, name: file.name, story: file.story, drawnFrom: file.drawn_from, answers }, problems: [] };
}

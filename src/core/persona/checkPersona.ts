import type { Bank } from '../bank/schema.js';
import { validateAnswers, type AnswerFileProblem } from '../flow/validateAnswers.js';
import type { z } from 'zod';
import type { Persona, personaFileSchema } from './personaSchema.js';

/** What is wrong with a persona's answers, as a code (worded by src/messages). */
export type PersonaProblemCode = AnswerFileProblem | { code: 'notAskedWithOthers' };

export interface PersonaProblem {
  field: string;
  problem: PersonaProblemCode;
}

/**
 * A persona's answers must be valid for the bank. They may leave questions out (say, ones added to the
 * bank later): the demo asks the class to answer those.
 */
export function checkPersona(bank: Bank, file: z.infer<typeof personaFileSchema>): { persona?: Persona; problems: PersonaProblem[] } {
  const { answers, problems, dropped } = validateAnswers(bank, { answers: file.answers });
  const all: PersonaProblem[] = problems.map((p) => ({ field: p.at, problem: p.problem }));
  for (const id of dropped) all.push({ field: `answers.${id}`, problem: { code: 'notAskedWithOthers' } });
  if (all.length > 0) return { problems: all };
  return { persona: { id: file.id, name: file.name, story: file.story, drawnFrom: file.drawn_from, answers }, problems: [] };
}

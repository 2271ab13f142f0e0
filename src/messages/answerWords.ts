import type { AnswerRefusal } from '../core/flow/checkAnswer.js';
import type { AnswerFileProblem } from '../core/flow/validateAnswers.js';
import type { MessagesFor } from '../core/message.js';
import type { PersonaProblemCode } from '../core/persona/checkPersona.js';
import { numberRefusalWords } from '../kinds/number/words.js';

/** Why an answer was refused, for the person answering: the Ink interview, plain mode and the demo. */
export const answerRefusals: MessagesFor<AnswerRefusal> = {
  chooseOne: () => 'Choose one option.',
  notAnOption: ({ value }) => `“${value}” is not one of the options.`,
  chooseFromList: () => 'Choose from the list.',
  chooseAtLeastOne: () => 'Choose at least one option.',
  chosenTwice: () => 'Each option can be chosen only once.',
  typeAnswer: () => 'Type your answer.',
  typeOrGoBack: () => 'Type an answer, or go back.',
  tooLong: ({ max }) => `Keep it under ${max} characters.`,
  ...numberRefusalWords,
};

/** What is wrong in an `--answers` file or a persona, for whoever wrote it: by id and option value, as the file says them. */
export const answerFileProblems: MessagesFor<Exclude<AnswerFileProblem, AnswerRefusal> | Exclude<PersonaProblemCode, AnswerFileProblem>> = {
  answersNotObject: () => 'expected an object like {"answers": {"pathway": "post_primary"}}',
  unknownAnswerId: ({ id }) => `unknown question “${id}”`,
  expectedOptionList: () => 'expected a list of option values',
  expectedString: () => 'expected a string',
  expectedWholeNumber: () => 'expected a whole number',
  notOptionOf: ({ value, question, known, more }) => `“${value}” is not an option of ${question} (one of: ${known.join(', ')}${more ? ', …' : ''})`,
  onlyOnItsOwn: ({ exclusive, label, others }) => `“${exclusive}” (${label}) can only be chosen on its own, not with ${others.map((v) => `“${v}”`).join(', ')}`,
  notAskedWithOthers: () => 'not asked with the other answers; remove it',
};

/** One answer problem in words, whichever kind it is. */
export function sayAnswerProblem(problem: PersonaProblemCode): string {
  const words = (problem.code in answerRefusals ? answerRefusals : answerFileProblems) as Record<string, (m: PersonaProblemCode) => string>;
  return words[problem.code]!(problem);
}

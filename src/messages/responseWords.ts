import type { MessagesFor } from '../core/message.js';
import type { ResponseRefusal } from '../core/survey/validateResponse.js';
import { sayAnswerProblem } from './answerWords.js';
import { schemaText } from './contentWords.js';

/** Why a record in a response file was refused, for survey staff: the field, then what was expected, on one line. */
export const responseRefusals: MessagesFor<ResponseRefusal> = {
  notAResponse: () => 'not a response file',
  unknownField: ({ field }) => `${field}: not allowed in a response file (unknown field)`,
  expectedOneOf: ({ at, values }) => `${at}: expected ${values.map((v) => JSON.stringify(v)).join(' or ')}`,
  expectedObject: () => 'expected a JSON object (a response file)',
  missing: ({ at }) => `${at}: missing`,
  expectedType: ({ at, expected }) => `${at}: expected ${expected}`,
  expectedOptionOrList: ({ at }) => `${at}: expected an option value or a list of option values`,
  schemaIssue: ({ at, text }) => `${at === '' ? 'record' : at}: ${schemaText(text)}`,
  otherBank: ({ found, expected }) => `bank ${found}, expected ${expected}`,
  otherBankVersion: ({ found, expected }) => `bank version ${found}, expected ${expected}`,
  answerProblem: ({ at, problem }) => `${at}: ${sayAnswerProblem(problem)}`,
};

import type { z } from 'zod';
import type { Bank } from '../bank/schema.js';
import { validateAnswers, type AnswerFileProblem } from '../flow/validateAnswers.js';
// The one import of words into the core, until the response reader (src/cli/responseStream.ts) words the code itself.
// eslint-disable-next-line no-restricted-imports -- see above
import { say } from '../../messages/en.js';
import { stripControl } from '../text/stripControl.js';
import { RESPONSE_FORMAT, responseFileSchema, type ResponseFile } from './responseFile.js';

/** Why a record is not a response to this bank, as a code (worded by src/messages). */
export type ResponseRefusal =
  | { code: 'notAResponse' }
  /** A record of format 1, made before export asked for consent. */
  | { code: 'noConsent' }
  | { code: 'unknownField'; field: string }
  | { code: 'expectedOneOf'; at: string; values: unknown[] }
  | { code: 'expectedObject' }
  | { code: 'missing'; at: string }
  | { code: 'expectedType'; at: string; expected: string }
  | { code: 'expectedOptionOrList'; at: string }
  /** zod's own words for an issue nothing above covers. */
  | { code: 'schemaIssue'; at: string; text: string }
  | { code: 'otherBank'; found: string; expected: string }
  | { code: 'otherBankVersion'; found: string; expected: string }
  | { code: 'answerProblem'; at: string; problem: AnswerFileProblem };

/** `refusal` is the reason as a code, for a caller that answers with the field rather than the words (the server). */
export type ValidatedResponse = { ok: true; response: ResponseFile } | { ok: false; reason: string; refusal: ResponseRefusal };

/** Reasons quote values from other people's files: keep them to one short, printable line. */
const MAX_REASON = 200;

/**
 * Checks one record from a response file against the bank: the file format (a one-line reason naming the field,
 * e.g. `formatVersion: expected 1`), the bank's id and version, then every answer as `--answers` files are checked
 * (first problem only). A valid response comes back with its answers in bank order and answers to questions its
 * other answers hide dropped, as the interview would. Text answers are accepted (staff may collect
 * `--include-text` files) but the report never counts them. Completeness is not required: every report
 * percentage is of those who answered that question.
 */
export function validateResponse(bank: Bank, record: unknown): ValidatedResponse {
  // Before the schema, whose first complaint would be a version number: say why such a record cannot be counted.
  if (isRecordOfFormat1(record)) return refuse({ code: 'noConsent' });
  const parsed = responseFileSchema.safeParse(record);
  if (!parsed.success) return refuse(describeIssue(parsed.error.issues[0], record));
  const response = parsed.data;
  if (response.bank.id !== bank.id) return refuse({ code: 'otherBank', found: response.bank.id, expected: bank.id });
  if (response.bank.version !== bank.version) return refuse({ code: 'otherBankVersion', found: response.bank.version, expected: bank.version });
  const checked = validateAnswers(bank, { answers: response.answers });
  const problem = checked.problems[0];
  if (problem) return refuse({ code: 'answerProblem', at: problem.at, problem: problem.problem });
  return { ok: true, response: { ...response, answers: { ...checked.answers } } };
}

function refuse(refusal: ResponseRefusal): ValidatedResponse {
  const clean = stripControl(say(refusal));
  return { ok: false, reason: clean.length > MAX_REASON ? `${clean.slice(0, MAX_REASON - 1)}…` : clean, refusal };
}

/** zod's first issue as the field and what was expected, for survey staff rather than in zod's own terms. */
function describeIssue(issue: z.core.$ZodIssue | undefined, record: unknown): ResponseRefusal {
  if (!issue) return { code: 'notAResponse' };
  const at = issue.path.map(String).join('.');
  const field = (name: string) => (at === '' ? name : `${at}.${name}`);
  switch (issue.code) {
    case 'unrecognized_keys':
      return { code: 'unknownField', field: field(issue.keys[0] ?? '?') };
    case 'invalid_value':
      return { code: 'expectedOneOf', at, values: issue.values };
    case 'invalid_type':
      if (at === '') return { code: 'expectedObject' };
      return valueAt(record, issue.path) === undefined ? { code: 'missing', at } : { code: 'expectedType', at, expected: issue.expected };
    case 'invalid_union':
      return { code: 'expectedOptionOrList', at };
    default:
      return { code: 'schemaIssue', at, text: issue.message };
  }
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value = record;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isRecordOfFormat1(record: unknown): boolean {
  return typeof record === 'object' && record !== null && (record as { formatVersion?: unknown }).formatVersion === 1 && (record as { format?: unknown }).format === RESPONSE_FORMAT;
}

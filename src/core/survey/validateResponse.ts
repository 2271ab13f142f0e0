import type { z } from 'zod';
import type { Bank } from '../bank/schema.js';
import { validateAnswers } from '../flow/validateAnswers.js';
import { stripControl } from '../text/stripControl.js';
import { responseFileSchema, type ResponseFile } from './responseFile.js';

export type ValidatedResponse = { ok: true; response: ResponseFile } | { ok: false; reason: string };

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
  const parsed = responseFileSchema.safeParse(record);
  if (!parsed.success) return refuse(describeIssue(parsed.error.issues[0], record));
  const response = parsed.data;
  if (response.bank.id !== bank.id) return refuse(`bank ${response.bank.id}, expected ${bank.id}`);
  if (response.bank.version !== bank.version) return refuse(`bank version ${response.bank.version}, expected ${bank.version}`);
  const checked = validateAnswers(bank, { answers: response.answers });
  const problem = checked.problems[0];
  if (problem) return refuse(`${problem.at}: ${problem.message}`);
  return { ok: true, response: { ...response, answers: { ...checked.answers } } };
}

function refuse(reason: string): ValidatedResponse {
  const clean = stripControl(reason);
  return { ok: false, reason: clean.length > MAX_REASON ? `${clean.slice(0, MAX_REASON - 1)}…` : clean };
}

/** zod's first issue as `field: what was expected`, in words for survey staff rather than zod's own. */
function describeIssue(issue: z.core.$ZodIssue | undefined, record: unknown): string {
  if (!issue) return 'not a response file';
  const at = issue.path.map(String).join('.');
  const field = (name: string) => (at === '' ? name : `${at}.${name}`);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${field(issue.keys[0] ?? '?')}: not allowed in a response file (unknown field)`;
    case 'invalid_value':
      return `${at}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_type':
      if (at === '') return 'expected a JSON object (a response file)';
      return valueAt(record, issue.path) === undefined ? `${at}: missing` : `${at}: expected ${issue.expected}`;
    case 'invalid_union':
      return `${at}: expected an option value or a list of option values`;
    default:
      return `${at === '' ? 'record' : at}: ${issue.message}`;
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

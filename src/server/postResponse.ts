import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { Bank } from '../core/bank/schema.js';
import { refusalField } from '../core/server/refusalField.js';
import { serveWords } from '../messages/serveWords.js';
import { createResponseIntake } from '../survey/responseIntake.js';
import { apiError, fromDb } from './apiError.js';
import type { SurveyDb } from './db/SurveyDb.js';
import { inviteHash } from './inviteCodes.js';
import { putAnswer } from './putAnswer.js';
import { readLimitedBody } from './readLimitedBody.js';

/** One response record is a few kB; the 64 kB leaves room for long free-text answers and nothing more. */
export const MAX_BODY_BYTES = 64 * 1024;

const words = serveWords.api;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * POST /api/v1/responses: one record, checked by the same intake `collect` uses on a line of a file (so a record the
 * server takes is one collect would take, and the reverse), then stored. `bank` is the exported view (exportedBank).
 */
export function postResponse(db: SurveyDb, bank: Bank, maxBytes = MAX_BODY_BYTES, classCodeHash?: string) {
  const classCode = classCodeHash === undefined ? undefined : Buffer.from(classCodeHash, 'hex');
  return async (c: Context) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) return apiError(c, 415, { code: 'unsupportedMediaType', field: null, message: words.unsupportedMediaType });
    const declared = Number(c.req.header('content-length') ?? '0');
    const tooLarge = () => apiError(c, 413, { code: 'tooLarge', field: null, message: words.tooLarge(maxBytes) }, {}, { Connection: 'close' });
    if (declared > maxBytes) return tooLarge();
    const body = await readLimitedBody(c.req.raw, maxBytes);
    if (!body.ok) return tooLarge();
    let text: string;
    try {
      text = utf8.decode(body.bytes);
    } catch {
      return apiError(c, 400, { code: 'notUtf8', field: null, message: words.notUtf8 });
    }
    // A fresh intake per request: its de-duplication is for files, where one id twice is a copy; here it is a resend.
    const intake = createResponseIntake(bank, 1);
    const response = intake.text('request', 1, text);
    if (!response) {
      const problem = intake.summary().problems[0];
      const refusal = problem?.refusal;
      if (!refusal) return apiError(c, 400, { code: 'notJson', field: null, message: words.notJson(problem?.reason ?? 'empty') });
      if (refusal.code === 'otherBank' || refusal.code === 'otherBankVersion') {
        const found = foundBank(text);
        return apiError(
          c,
          409,
          { code: 'bankVersion', field: refusalField(refusal), message: words.bankVersion(`${found.id} ${found.version}`, `${bank.id} ${bank.version}`) },
          { expected: { id: bank.id, version: bank.version }, found },
        );
      }
      return apiError(c, 422, { code: refusal.code, field: refusalField(refusal), message: problem.reason });
    }
    const code = c.req.header('x-invite-code');
    // A class poll: the class's one code, on every record (a resend carries it too, as submit keeps it).
    if (classCode && !(code && matches(classCode, inviteHash(code)))) {
      return apiError(c, 403, { code: 'inviteUnknown', field: null, message: words.classCode }, { status: 'inviteUnknown', responseId: response.responseId, revision: response.revision });
    }
    const outcome = await fromDb(() => db.put(response, code ? inviteHash(code) : undefined));
    const answer = putAnswer(outcome);
    const result = { status: outcome, responseId: response.responseId, revision: response.revision };
    if (!answer.error) return c.json(result, answer.status);
    return apiError(c, answer.status as 403 | 409, { ...answer.error, message: words[answer.error.code] }, result);
  };
}

/** Whether a code's hash is the class code's, compared in constant time. */
function matches(expected: Buffer, hashHex: string): boolean {
  const given = Buffer.from(hashHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The bank a refused record named: it parsed (the refusal came after the schema), so its bank is two strings. */
function foundBank(text: string): { id: string; version: string } {
  const { bank } = JSON.parse(text) as { bank: { id: string; version: string } };
  return { id: bank.id, version: bank.version };
}

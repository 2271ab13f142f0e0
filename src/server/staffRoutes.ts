import type { Context, MiddlewareHandler } from 'hono';
import type { Bank } from '../core/bank/schema.js';
import { isValidMinCell, reportOfResponses } from '../core/survey/reportOfResponses.js';
import type { ResponseFile } from '../core/survey/responseFile.js';
import { safeJson } from '../core/text/safeJson.js';
import { serveWords } from '../messages/serveWords.js';
import { renderReport } from '../render/renderReport.js';
import { apiError, fromDb } from './apiError.js';
import type { SurveyDb } from './db/SurveyDb.js';
import { bearerMatches } from './staffToken.js';

const words = serveWords.api;
const REPORT_TYPES = { json: 'application/json', csv: 'text/csv', markdown: 'text/markdown', html: 'text/html' } as const;

/** Staff-only routes need `Authorization: Bearer <token>`; the answer to anyone else says how, and nothing more. */
export function requireStaff(tokenHash: Buffer): MiddlewareHandler {
  return async (c, next) => {
    if (!bearerMatches(c.req.header('authorization'), tokenHash)) {
      return apiError(c, 401, { code: 'unauthorized', field: null, message: words.unauthorized }, {}, { 'WWW-Authenticate': 'Bearer realm="clinical-path"' });
    }
    await next();
  };
}

/**
 * GET /api/v1/report?format=json|csv|markdown|html&minCell=K: the report `report` prints for files with the same
 * responses, with the same suppression (minCell defaults to 5, as there). `bank` is the exported view.
 */
export function getReport(db: SurveyDb, bank: Bank) {
  return async (c: Context) => {
    const format = c.req.query('format') ?? 'json';
    if (!(format in REPORT_TYPES)) return apiError(c, 400, { code: 'badParameter', field: 'format', message: words.badFormat(format) });
    const minCellText = c.req.query('minCell') ?? '5';
    const minCell = /^\d{1,9}$/.test(minCellText) ? Number(minCellText) : NaN;
    if (!isValidMinCell(minCell)) return apiError(c, 400, { code: 'badParameter', field: 'minCell', message: words.badMinCell(minCellText) });
    const report = await fromDb(() => reportOfResponses(bank, db.responses(), minCell));
    const type = REPORT_TYPES[format as keyof typeof REPORT_TYPES];
    const html = { bank: { id: bank.id, version: bank.version, title: bank.title }, made: new Date() };
    return c.body(renderReport(report, format as keyof typeof REPORT_TYPES, { html }), 200, { 'Content-Type': `${type}; charset=utf-8` });
  };
}

/**
 * GET /api/v1/responses.jsonl: every stored response (highest revision), one JSON record per line, as `collect`
 * writes them, streamed from the database in batches. The first batch is read before answering, so a database that
 * is down gets a 503 rather than a 200 that stops short; a failure later can only cut the stream, which a reader
 * sees as a last line without its newline.
 */
export function getResponses(db: SurveyDb) {
  return async (c: Context) => {
    const iterator = db.responses()[Symbol.asyncIterator]();
    const first = await fromDb(() => iterator.next());
    const encoder = new TextEncoder();
    const line = (response: ResponseFile) => encoder.encode(`${safeJson(response)}\n`);
    let pending: IteratorResult<ResponseFile> | undefined = first;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = pending ?? (await iterator.next());
        pending = undefined;
        if (next.done) controller.close();
        else controller.enqueue(line(next.value));
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    return c.body(body, 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  };
}

import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import type { Bank } from '../core/bank/schema.js';
import { createRateLimiter, type RateLimit } from '../core/server/rateLimiter.js';
import { exportedBank } from '../core/survey/exportedBank.js';
import { surveyLines } from '../messages/consentWords.js';
import { serveWords } from '../messages/serveWords.js';
import { apiError, DbUnavailable, fromDb } from './apiError.js';
import { createClientKeys } from './clientKey.js';
import type { SurveyDb } from './db/SurveyDb.js';
import { MAX_BODY_BYTES, postResponse } from './postResponse.js';
import { securityHeaders } from './securityHeaders.js';
import { getReport, getResponses, requireStaff } from './staffRoutes.js';

/**
 * Per address, generous: 20 clients behind one address (a class, a NAT) can each send a record every two seconds,
 * after a burst of 100. Loopback is never limited (see the middleware).
 */
export const DEFAULT_RATE_LIMIT: RateLimit = { perMinute: 600, burst: 100 };
/** Seconds a client is asked to wait when the database is down: long enough for a restart, short enough to retry. */
export const DB_RETRY_AFTER = 5;

export interface AppOptions {
  db: SurveyDb;
  /** The bank as loaded from content; the records are read against its exported view, as collect reads them. */
  bank: Bank;
  /** sha256 of the staff token (hashStaffToken): the server never holds the token itself. */
  staffTokenHash: Buffer;
  /** Per client address; false turns the limit off (a server behind a proxy that limits). */
  rateLimit?: RateLimit | false;
  /** Milliseconds, for the rate limit and the daily salt; Date.now unless a test steps time. */
  now?: () => number;
  /** The client's address, used only as the rate limit's key (salted and hashed, never kept or logged). */
  clientAddress?: (c: Context) => string | undefined;
  /** A reverse proxy in front appends the client's address to X-Forwarded-For: limit by that, not by the proxy's. */
  trustProxy?: boolean;
  maxBodyBytes?: number;
  /** Stack traces in 500 answers and the log (env DEBUG). */
  debug?: boolean;
  /** False while the server is still setting up (serve stores new invites after listening): requests get 503. */
  ready?: () => boolean;
  /**
   * A class poll's code (`clinical-path class`), as inviteHash gives it: one code the whole class uses, checked on
   * every POST (header X-Invite-Code) before the record is stored, and never stored itself, so no response is linked
   * to it. Not the single-use invites of `serve --invites`, which the database keeps.
   */
  classCodeHash?: string;
  /** Where unexpected errors are reported (never bodies or addresses); nowhere by default. */
  log?: (line: string) => void;
}

/** The remote address of the socket, under @hono/node-server; undefined in app.request tests. */
const socketAddress = (c: Context) => (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress;

/**
 * Behind a reverse proxy every request comes from the proxy's address, so each client is known by the last entry of
 * X-Forwarded-For: the one the proxy itself appended (entries before it are whatever the client sent). Only with
 * --trust-proxy: without a proxy, a client could name any address there and so escape its limit.
 */
const forwardedAddress = (c: Context) => c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() || socketAddress(c);

/** The HTTP API of `clinical-path serve` (design.md §4, "Server API"), as a Hono app: no listening, no process state. */
export function createApp(options: AppOptions): Hono {
  const { db, staffTokenHash, debug = false, log = () => {} } = options;
  const survey = options.bank.survey;
  if (!survey) throw new Error('createApp: the bank has no survey block');
  const bank = exportedBank(options.bank);
  const now = options.now ?? Date.now;
  const app = new Hono();
  app.use(securityHeaders);
  const ready = options.ready;
  if (ready) {
    app.use(async (c, next) => {
      if (!ready()) return apiError(c, 503, { code: 'starting', field: null, message: serveWords.api.starting }, {}, { 'Retry-After': '1' });
      await next();
    });
  }

  if (options.rateLimit !== false) {
    const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, now);
    const keyOf = createClientKeys(now, () => limiter.clear());
    const addressOf = options.clientAddress ?? (options.trustProxy ? forwardedAddress : socketAddress);
    app.use(async (c, next) => {
      const address = addressOf(c);
      const admission = limiter.take(keyOf(address ?? 'unknown'));
      if (!admission.ok) {
        const seconds = String(admission.retryAfterSeconds);
        return apiError(c, 429, { code: 'tooManyRequests', field: null, message: serveWords.api.tooMany(admission.retryAfterSeconds) }, {}, { 'Retry-After': seconds });
      }
      await next();
    });
  }

  app.get('/healthz', async (c) => {
    await fromDb(() => db.ping());
    return c.json({ ok: true });
  });
  app.get('/api/v1/survey', (c) =>
    c.json({
      name: survey.name,
      runBy: survey.run_by,
      collects: survey.collects,
      use: survey.use,
      keeping: survey.keeping,
      // The same text export shows before asking, so submit can show it word for word.
      consentText: surveyLines(survey).join('\n'),
      consentVersion: survey.consent_version,
      bank: { id: bank.id, version: bank.version },
    }),
  );
  app.post('/api/v1/responses', postResponse(db, bank, options.maxBodyBytes ?? MAX_BODY_BYTES, options.classCodeHash));
  const staff = requireStaff(staffTokenHash);
  app.get('/api/v1/responses.jsonl', staff, getResponses(db));
  app.get('/api/v1/report', staff, getReport(db, bank));

  // While the database is down every request fails the same way: say so once a minute, not once per request.
  let lastDbLog = -Infinity;
  app.notFound((c) => apiError(c, 404, { code: 'notFound', field: null, message: serveWords.api.notFound }));
  app.onError((error, c) => {
    if (error instanceof DbUnavailable) {
      if (now() - lastDbLog >= 60_000) {
        lastDbLog = now();
        log(`database unavailable: ${describe(error.cause, debug)}`);
      }
      const body = { ok: false, error: { code: 'unavailable', field: null, message: serveWords.api.unavailable } };
      return c.json(body, 503, { 'Retry-After': String(DB_RETRY_AFTER) });
    }
    log(`unexpected error: ${describe(error, debug)}`);
    return apiError(c, 500, { code: 'internal', field: null, message: serveWords.api.internal }, debug && error instanceof Error ? { stack: error.stack } : {});
  });
  return app;
}

/** An error's message for the log; its stack with DEBUG. Messages come from our code and the database driver, never a body. */
function describe(error: unknown, debug: boolean): string {
  if (error instanceof Error) return debug && error.stack ? error.stack : error.message;
  return String(error);
}

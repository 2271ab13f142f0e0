import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A forced answer, for the next POST: a status, a JSON body, headers (Retry-After, Location). */
export interface Forced {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Survey {
  name: string;
  runBy: string;
  consentText: string;
  consentVersion: string;
  bank: { id: string; version: string };
}

/**
 * A test double of the survey server's API (design.md §4), enough for the respondent's side: GET /api/v1/survey and
 * POST /api/v1/responses with revisions (201 stored/replaced, 200 same, 409 newer/conflict/bankVersion), single-use
 * invites (403 inviteUnknown, 409 inviteUsed), 415 for a body that is not JSON, and answers forced by the test.
 * It can stop listening and start again on the same port, as a server that went down and came back.
 */
export function fakeSurveyServer(survey: Survey, options: { invites?: string[] } = {}) {
  const stored = new Map<string, { revision: number; body: string }>();
  const posts: { body: string; headers: IncomingMessage['headers'] }[] = [];
  const forced: Forced[] = [];
  const invites = options.invites ? new Set(options.invites) : null;
  const used = new Set<string>();
  let port = 0;
  let server: Server;

  const reply = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, code: string, message: string, field?: string) => reply(res, status, { error: { code, message, ...(field ? { field } : {}) } });

  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    if (req.method === 'GET' && req.url === '/api/v1/survey') return reply(res, 200, survey);
    if (req.method !== 'POST' || req.url !== '/api/v1/responses') return fail(res, 404, 'notFound', 'no such path');
    posts.push({ body: text, headers: req.headers });
    const next = forced.shift();
    if (next) return reply(res, next.status, next.body, next.headers);
    if (!/application\/json/.test(req.headers['content-type'] ?? '')) return fail(res, 415, 'notJson', 'send JSON');
    const record = JSON.parse(text) as { responseId: string; revision: number; bank: { version: string } };
    const code = req.headers['x-invite-code'];
    if (invites && (typeof code !== 'string' || !invites.has(code))) return fail(res, 403, 'inviteUnknown', 'unknown invite code');
    if (record.bank.version !== survey.bank.version) return fail(res, 409, 'bankVersion', 'another bank version', 'bank.version');
    const had = stored.get(record.responseId);
    const same = JSON.stringify({ ...record, month: '' }) === JSON.stringify({ ...JSON.parse(had?.body ?? '{}'), month: '' });
    if (had && had.revision === record.revision) {
      return same ? reply(res, 200, { status: 'same', responseId: record.responseId, revision: record.revision }) : fail(res, 409, 'conflict', 'another record under this revision', 'revision');
    }
    if (had && had.revision > record.revision) return fail(res, 409, 'newer', 'a newer revision is stored', 'revision');
    if (invites && !had) {
      if (used.has(code as string)) return fail(res, 409, 'inviteUsed', 'this invite was used');
      used.add(code as string);
    }
    stored.set(record.responseId, { revision: record.revision, body: text });
    return reply(res, 201, { status: had ? 'replaced' : 'stored', responseId: record.responseId, revision: record.revision });
  };

  const start = () =>
    new Promise<void>((done) => {
      server = createServer((req, res) => {
        let text = '';
        req.setEncoding('utf8');
        req.on('data', (chunk: string) => (text += chunk));
        req.on('end', () => handle(req, res, text));
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        done();
      });
    });
  const stop = () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });

  return {
    start,
    stop,
    survey,
    stored,
    posts,
    forced,
    get url() {
      return `http://127.0.0.1:${port}`;
    },
  };
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/bank/schema.js';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';
import { createApp, type AppOptions } from '../../src/server/createApp.js';
import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { memorySurveyDb } from '../../src/server/db/memorySurveyDb.js';
import { inviteHash } from '../../src/server/inviteCodes.js';
import { hashStaffToken } from '../../src/server/staffToken.js';
import { runMain } from '../e2e/runMain.js';
import { engines } from './engines.js';
import { flakyDb } from './flakyDb.js';
import { recordMaker, shippedBank, TOKEN } from './records.js';

let bank: Bank;
beforeAll(async () => {
  bank = await shippedBank();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const staff = { headers: { Authorization: `Bearer ${TOKEN}` } };

describe.each(engines)('the API on $name', (engine) => {
  let db: ReturnType<typeof flakyDb>;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const record = recordMaker(7);
  const make = (options: Partial<AppOptions> = {}) => createApp({ db, bank, staffTokenHash: hashStaffToken(TOKEN), ...options });
  const post = (body: unknown, headers: Record<string, string> = {}) => app.request('/api/v1/responses', json(body, headers));
  const body = async (res: Response) => (await res.json()) as { status?: string; error?: { code: string; field: string | null; message: string }; [k: string]: unknown };

  // One database per engine for the file (a new PGlite takes seconds to make): each test sends records of its own,
  // with new response ids, and counts what it added. The invites test comes last: once invites exist, every new
  // response needs one.
  beforeAll(async () => {
    const opened = await engine.open();
    db = flakyDb(opened.db);
    dispose = opened.dispose;
  }, 120_000);
  afterAll(async () => dispose?.());
  beforeEach(() => {
    db.down = false;
    app = make();
  });

  it('GET /healthz: 200 {ok:true}, with the security headers, no-store and no CORS', async () => {
    const res = await app.request('/healthz', { headers: { Origin: 'https://elsewhere.example' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect([...res.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('GET /api/v1/survey: the survey text, consent version and bank', async () => {
    const res = await app.request('/api/v1/survey');
    expect(res.status).toBe(200);
    const survey = await body(res);
    expect(survey).toMatchObject({ name: bank.survey!.name, runBy: bank.survey!.run_by, consentVersion: bank.survey!.consent_version, bank: { id: bank.id, version: bank.version } });
    expect(survey.consentText).toContain(`Who receives it: ${bank.survey!.run_by}`);
  });

  it('POST: 201 stored, then 200 for the same record again (idempotent), stored once', async () => {
    const r = record();
    const before = await db.count();
    const first = await post(r);
    expect(first.status).toBe(201);
    expect(await body(first)).toEqual({ status: 'stored', responseId: r.responseId, revision: 1 });
    const again = await post(r);
    expect(again.status).toBe(200);
    expect(await body(again)).toEqual({ status: 'same', responseId: r.responseId, revision: 1 });
    expect(await db.count()).toBe(before + 1);
  });

  it('revisions: a higher one replaces (201), a lower one is refused (409 newer), the same one changed is a conflict (409)', async () => {
    const r1 = record();
    const r2: ResponseFile = { ...r1, revision: 2, answers: { ...r1.answers, reflect_watched: r1.answers.reflect_watched === 'pressure' ? 'opportunity' : 'pressure' } };
    expect((await post(r1)).status).toBe(201);
    const replaced = await post(r2);
    expect(replaced.status).toBe(201);
    expect((await body(replaced)).status).toBe('replaced');
    const older = await post(r1);
    expect(older.status).toBe(409);
    expect(await body(older)).toMatchObject({ status: 'newer', error: { code: 'newer', field: 'revision' } });
    const changed = await post({ ...r2, answers: { ...r2.answers, reflect_watched: r1.answers.reflect_watched } });
    expect(changed.status).toBe(409);
    expect((await body(changed)).error?.code).toBe('conflict');
    const lines = (await (await app.request('/api/v1/responses.jsonl', staff)).text()).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as ResponseFile).filter((r) => r.responseId === r1.responseId)).toEqual([r2]);
  });

  it('400 for a body that is not JSON, has a key twice or is not UTF-8', async () => {
    for (const text of ['{"format": ', '{"a": 1, "a": 2}', 'null x']) {
      const res = await post(text);
      expect(res.status, text).toBe(400);
      expect((await body(res)).error).toMatchObject({ code: 'notJson', field: null });
    }
    const bytes = await app.request('/api/v1/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(bytes.status).toBe(400);
  });

  it('415 when the body is not declared as JSON', async () => {
    for (const headers of [{ 'Content-Type': 'text/plain' }, {}, { 'Content-Type': 'application/jsonx' }] as Record<string, string>[]) {
      const res = await app.request('/api/v1/responses', { method: 'POST', headers, body: JSON.stringify(record()) });
      expect(res.status).toBe(415);
      expect((await body(res)).error?.code).toBe('unsupportedMediaType');
    }
    expect((await post(record(), { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(201);
  });

  it('413 over 64 kB, by Content-Length and by the bytes streamed without one', async () => {
    const before = await db.count();
    const big = JSON.stringify({ ...record(), answers: { obstacle: 'x'.repeat(70_000) } });
    const byHeader = await app.request('/api/v1/responses', json('{}', { 'Content-Length': String(70_000) }));
    expect(byHeader.status).toBe(413);
    const chunks = [big.slice(0, 30_000), big.slice(30_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const streamed = await app.request('/api/v1/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await body(streamed)).error?.code).toBe('tooLarge');
    expect(await db.count()).toBe(before);
  });

  it('422 naming the field, with collect’s reason', async () => {
    const before = await db.count();
    const cases: [unknown, string | null, string][] = [
      [{ ...record(), name: 'Jo Smith' }, 'name', 'unknownField'],
      [{ ...record(), answers: { ...record().answers, state: 'OR' } }, 'answers.state', 'answerProblem'],
      [{ ...record(), revision: 0 }, 'revision', 'schemaIssue'],
      [(({ responseId: _id, ...rest }) => rest)(record()), 'responseId', 'missing'],
      [{ ...record(), formatVersion: 1 }, 'formatVersion', 'noConsent'],
      [[1, 2], null, 'expectedObject'],
    ];
    for (const [sent, field, code] of cases) {
      const res = await post(sent);
      expect(res.status, JSON.stringify(field)).toBe(422);
      const { error } = await body(res);
      expect(error).toMatchObject({ code, field });
      expect(error?.message.length).toBeGreaterThan(0);
    }
    expect(await db.count()).toBe(before);
  });

  it('409 bankVersion naming both versions when the record answers another bank version', async () => {
    const res = await post({ ...record(), bank: { id: bank.id, version: '2025.01' } });
    expect(res.status).toBe(409);
    const answer = await body(res);
    expect(answer).toMatchObject({ error: { code: 'bankVersion', field: 'bank.version' }, expected: { id: bank.id, version: bank.version }, found: { id: bank.id, version: '2025.01' } });
    expect(answer.error?.message).toContain('2025.01');
    expect(answer.error?.message).toContain(bank.version);
  });

  it('401 with WWW-Authenticate for the staff routes without the token or with a wrong one', async () => {
    for (const path of ['/api/v1/report', '/api/v1/responses.jsonl']) {
      for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: `Basic ${TOKEN}` }, { Authorization: `Bearer ${TOKEN}x` }] as Record<string, string>[]) {
        const res = await app.request(path, { headers });
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
  });

  it('GET /api/v1/report: the report `report` prints for the same responses in a file, in json, csv, markdown and html', async () => {
    for (let i = 0; i < 12; i += 1) expect((await post(record())).status).toBe(201);
    const dir = mkdtempSync(join(tmpdir(), 'clinical-path-report-'));
    const file = join(dir, 'responses.jsonl');
    writeFileSync(file, await (await app.request('/api/v1/responses.jsonl', staff)).text());
    for (const format of ['json', 'csv', 'markdown', 'html']) {
      const res = await app.request(`/api/v1/report?format=${format}&minCell=3`, staff);
      expect(res.status).toBe(200);
      const printed = await runMain(['report', file, '--format', format, '--min-cell', '3'], { home: dir });
      expect(printed.code).toBe(0);
      expect(await res.text()).toBe(printed.stdout);
    }
    const json = (await (await app.request('/api/v1/report', staff)).json()) as { respondents: number; minCell: number };
    expect(json).toMatchObject({ respondents: await db.count(), minCell: 5 });
  });

  it('400 naming the parameter for a bad format or minCell', async () => {
    for (const [query, field] of [['format=xml', 'format'], ['minCell=1', 'minCell'], ['minCell=abc', 'minCell'], ['minCell=2.5', 'minCell']]) {
      const res = await app.request(`/api/v1/report?${query}`, staff);
      expect(res.status).toBe(400);
      expect((await body(res)).error).toMatchObject({ code: 'badParameter', field });
    }
  });

  it('GET /api/v1/responses.jsonl: every response, one JSON record per line, by response id', async () => {
    const records = Array.from({ length: 5 }, () => record());
    for (const r of records) await post(r);
    const res = await app.request('/api/v1/responses.jsonl', staff);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const text = await res.text();
    expect(text.endsWith('\n')).toBe(true);
    const all = text.trim().split('\n').map((l) => JSON.parse(l) as ResponseFile);
    expect(all.map((r) => r.responseId)).toEqual(all.map((r) => r.responseId).sort());
    const sent = new Set(records.map((r) => r.responseId));
    expect(all.filter((r) => sent.has(r.responseId))).toEqual([...records].sort((a, b) => (a.responseId < b.responseId ? -1 : 1)));
  });

  it('404 as JSON for an unknown route', async () => {
    const res = await app.request('/api/v2/anything');
    expect(res.status).toBe(404);
    expect((await body(res)).error?.code).toBe('notFound');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('429 with Retry-After once a client has used its burst; others are not held back, and the bucket refills with time', async () => {
    let now = 1_000_000;
    app = make({ rateLimit: { perMinute: 60, burst: 2 }, now: () => now, clientAddress: (c) => c.req.header('x-test-address') });
    const from = (address: string) => app.request('/healthz', { headers: { 'x-test-address': address } });
    expect((await from('10.0.0.1')).status).toBe(200);
    expect((await from('10.0.0.1')).status).toBe(200);
    const limited = await from('10.0.0.1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-frame-options')).toBe('DENY');
    expect((await body(limited)).error?.code).toBe('tooManyRequests');
    expect((await from('10.0.0.2')).status).toBe(200);
    now += 1000;
    expect((await from('10.0.0.1')).status).toBe(200);
    // The machine itself is limited like any client: a proxy there is what --trust-proxy is for.
    expect((await from('127.0.0.1')).status).toBe(200);
    expect((await from('127.0.0.1')).status).toBe(200);
    expect((await from('127.0.0.1')).status).toBe(429);
  });

  it('503 with Retry-After while the database is down, and back to normal when it returns', async () => {
    const r = record();
    const lines: string[] = [];
    app = make({ log: (line) => lines.push(line) });
    db.down = true;
    for (const res of [await app.request('/healthz'), await post(r), await app.request('/api/v1/report', staff), await app.request('/api/v1/responses.jsonl', staff)]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(JSON.stringify(await res.json())).not.toContain('ECONNREFUSED');
    }
    expect(lines).toEqual([expect.stringMatching(/^database unavailable: connect ECONNREFUSED/)]);
    db.down = false;
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await post(r)).status).toBe(201);
  });

  it('503 with Retry-After while the server is still starting (ready false), then normal', async () => {
    let ready = false;
    app = make({ ready: () => ready });
    const starting = await app.request('/healthz');
    expect(starting.status).toBe(503);
    expect(starting.headers.get('retry-after')).toBe('1');
    expect((await body(starting)).error?.code).toBe('starting');
    ready = true;
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('500 as JSON without a stack for anything unexpected (a stack only with DEBUG)', async () => {
    const broken = { ...db, put: async () => 'surprise' } as unknown as SurveyDb;
    const lines: string[] = [];
    app = make({ db: broken, log: (line) => lines.push(line) });
    const res = await post(record());
    expect(res.status).toBe(500);
    const answer = await body(res);
    expect(answer.error?.code).toBe('internal');
    expect(answer).not.toHaveProperty('stack');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(lines.join('\n')).not.toContain('responseId');
    app = make({ db: broken, debug: true });
    expect(await body(await post(record()))).toHaveProperty('stack');
  });

  it('invites: 403 without or with an unknown code, 201 with one, 409 inviteUsed the second time; resends and revisions need none', async () => {
    const before = await db.count();
    await db.addInvites([inviteHash('ABCD-EFGH-JKLM'), inviteHash('NPQR-STUV-WXYZ')]);
    const r = record();
    expect((await post(r)).status).toBe(403);
    const unknown = await post(r, { 'X-Invite-Code': 'AAAA-BBBB-CCCC' });
    expect(unknown.status).toBe(403);
    expect((await body(unknown)).error?.code).toBe('inviteUnknown');
    expect((await post(r, { 'X-Invite-Code': 'abcd efgh jklm' })).status).toBe(201);
    const used = await post(record(), { 'X-Invite-Code': 'ABCD-EFGH-JKLM' });
    expect(used.status).toBe(409);
    expect((await body(used)).error?.code).toBe('inviteUsed');
    expect((await post(r)).status).toBe(200);
    expect((await post({ ...r, revision: 2 })).status).toBe(201);
    expect((await post(record(), { 'X-Invite-Code': 'NPQR-STUV-WXYZ' })).status).toBe(201);
    expect(await db.count()).toBe(before + 2);
  });
});

describe('the class code (clinical-path class)', () => {
  const record = recordMaker(11);
  it('is needed on every record: 403 without it or with another, 201 with it (case, spaces, dashes ignored), and is never stored', async () => {
    const db = memorySurveyDb();
    const app = createApp({ db, bank, staffTokenHash: hashStaffToken(TOKEN), classCodeHash: inviteHash('CLASS-7KQ2') });
    const post = (body: unknown, headers: Record<string, string> = {}) => app.request('/api/v1/responses', json(body, headers));
    const r = record();
    const without = await post(r);
    expect(without.status).toBe(403);
    const refused = (await without.json()) as { error: { code: string; message: string } };
    expect(refused.error.code).toBe('inviteUnknown');
    expect(refused.error.message).toMatch(/class code/);
    expect((await post(r, { 'X-Invite-Code': 'CLASS-7KQ3' })).status).toBe(403);
    expect(await db.count()).toBe(0);
    expect((await post(r, { 'X-Invite-Code': 'class 7kq2' })).status).toBe(201);
    // Many students, one code: it is not spent.
    expect((await post(record(), { 'X-Invite-Code': 'CLASS-7KQ2' })).status).toBe(201);
    // A resend carries the code too (submit keeps it with the waiting record) and is the same.
    expect((await post(r, { 'X-Invite-Code': 'CLASS-7KQ2' })).status).toBe(200);
    expect(await db.count()).toBe(2);
    expect(await db.invitesRequired()).toBe(false);
    const stored: unknown[] = [];
    for await (const s of db.responses()) stored.push(s);
    expect(JSON.stringify(stored)).not.toMatch(/CLASS|7KQ2|7kq2/i);
    await db.close();
  });
});

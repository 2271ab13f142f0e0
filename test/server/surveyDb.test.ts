import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';
import { migrate } from '../../src/server/db/migrate.js';
import { MIGRATIONS } from '../../src/server/db/migrations.js';
import { openSurveyDb } from '../../src/server/db/openSurveyDb.js';
import { postgresSql } from '../../src/server/db/postgresSql.js';
import type { SurveyDb } from '../../src/server/db/SurveyDb.js';
import { memorySurveyDb } from '../../src/server/db/memorySurveyDb.js';
import { ENGINES, openFresh, readEveryTable } from './testDatabases.js';

function record(overrides: Partial<ResponseFile> = {}): ResponseFile {
  return {
    format: 'clinical-path/response',
    formatVersion: 2,
    bank: { id: 'asrt-clinical-site', version: '1' },
    responseId: randomUUID(),
    revision: 1,
    consentVersion: '2026.12-1',
    month: '2026-11',
    answers: { pathway: 'post_primary', disciplines: ['ct', 'mri'] },
    ...overrides,
  };
}
const hash = (code: string) => createHash('sha256').update(code).digest('hex');

/**
 * The rules every SurveyDb keeps (the outcomes the HTTP layer answers with), run on each engine: PGlite, Postgres,
 * and the memory one `class` uses, so the three cannot drift apart. `db()` is read when each test runs.
 */
function contractTests(db: () => SurveyDb) {
  it('stores a new response, answers a resend as the same, and reads it back field for field', async () => {
    const first = record();
    expect(await db().put(first)).toBe('stored');
    expect(await db().put(structuredClone(first))).toBe('same');
    const back = [];
    for await (const r of db().responses()) if (r.responseId === first.responseId) back.push(r);
    expect(back).toEqual([first]);
  });

  it.each([
    ['a higher revision replaces a lower one', 1, 2, 'replaced', 2],
    ['a lower revision is refused as newer-held', 3, 2, 'newer', 3],
    ['the same revision with other answers is a conflict', 2, 2, 'conflict', 2],
  ] as const)('%s', async (_name, heldRevision, sentRevision, outcome, kept) => {
    const held = record({ revision: heldRevision });
    expect(await db().put(held)).toBe('stored');
    const sent = { ...held, revision: sentRevision, answers: { pathway: 'sonography_student' } };
    expect(await db().put(sent)).toBe(outcome);
    let found: ResponseFile | undefined;
    for await (const r of db().responses(2)) if (r.responseId === held.responseId) found = r;
    expect(found?.revision).toBe(kept);
  });

  it('reads every response once, in batches, in id order', async () => {
    const before = await db().count();
    const sent = Array.from({ length: 25 }, () => record());
    for (const r of sent) expect(await db().put(r)).toBe('stored');
    const ids: string[] = [];
    for await (const r of db().responses(7)) ids.push(r.responseId);
    expect(ids).toHaveLength(before + 25);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(await db().count()).toBe(before + 25);
  });

  it('agrees on one outcome when the same record arrives twelve times at once', async () => {
    const r = record();
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => db().put(structuredClone(r))));
    expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'same')).toHaveLength(11);
  });

  // Last of the contract: once an invite exists, every new response needs one.
  it('needs an invite once invites exist: unknown, spent once, never linked to the response', async () => {
    expect(await db().invitesRequired()).toBe(false);
    await db().addInvites([hash('AAAA-1111'), hash('BBBB-2222')]);
    expect(await db().invitesRequired()).toBe(true);
    expect(await db().put(record())).toBe('inviteUnknown');
    expect(await db().put(record(), hash('nope'))).toBe('inviteUnknown');
    const unlocked = record();
    expect(await db().put(unlocked, hash('AAAA-1111'))).toBe('stored');
    expect(await db().put(record(), hash('AAAA-1111'))).toBe('inviteUsed');
    // A resend or a later revision of a stored response needs no second invite.
    expect(await db().put(unlocked)).toBe('same');
    expect(await db().put({ ...unlocked, revision: 2 })).toBe('replaced');
  });
}

describe('the survey database in memory (class)', () => {
  let db: SurveyDb;
  beforeAll(() => {
    db = memorySurveyDb();
  });
  afterAll(async () => db?.close());
  contractTests(() => db);

  it('is emptied and refuses work once closed', async () => {
    const other = memorySurveyDb();
    expect(await other.put(record())).toBe('stored');
    await other.close();
    await expect(other.count()).rejects.toThrow();
  });

  it('hands out copies: changing a record after put or after reading it changes nothing stored', async () => {
    const other = memorySurveyDb();
    const sent = record();
    expect(await other.put(sent)).toBe('stored');
    (sent.answers as Record<string, unknown>).pathway = 'changed';
    for await (const r of other.responses()) (r.answers as Record<string, unknown>).pathway = 'changed too';
    const back: ResponseFile[] = [];
    for await (const r of other.responses()) back.push(r);
    expect(back[0]?.answers.pathway).toBe('post_primary');
    expect(await other.put({ ...sent, answers: { disciplines: ['ct', 'mri'], pathway: 'post_primary' } })).toBe('same');
    await other.close();
  });
});

describe.each(ENGINES)('the survey database on $engine', ({ fresh }) => {
  let db: SurveyDb;
  let target: string;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ db, target, done } = await openFresh(fresh));
  }, 60_000);
  afterAll(async () => done?.());

  contractTests(() => db);

  it('migrating again, on reopening, changes nothing', async () => {
    const before = await db.count();
    await db.close();
    db = await openSurveyDb(target);
    expect(await db.count()).toBe(before);
  });

  it('holds nothing but the record: no address, agent or time finer than the month, in any table', async () => {
    // One process may hold a PGlite folder at a time, so the database is closed before it is read directly.
    await db.close();
    const tables = await readEveryTable(target);
    expect(Object.keys(tables).sort()).toEqual(['invites', 'responses', 'schema_migrations']);
    expect(Object.keys(tables.responses?.[0] ?? {}).sort()).toEqual(['answers', 'bank_id', 'bank_version', 'consent_version', 'month', 'response_id', 'revision']);
    expect(Object.keys(tables.invites?.[0] ?? {}).sort()).toEqual(['code_hash', 'used']);
    const text = JSON.stringify(tables);
    expect(text).not.toMatch(/127\.0\.0\.1|::1|localhost/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toMatch(/\d{1,2}:\d{2}/);
    expect(text).not.toContain('AAAA-1111');
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, 3 … with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
  });

  it('run once when four servers start at once on one Postgres', async () => {
    const place = await ENGINES[1]!.fresh();
    const sqls = Array.from({ length: 4 }, () => postgresSql(place.target, 2));
    try {
      const versions = await Promise.all(sqls.map((sql) => migrate(sql)));
      expect(versions).toEqual([1, 1, 1, 1].map(() => MIGRATIONS.length));
      const check = postgres(place.target, { max: 1 });
      const rows = await check`SELECT version FROM schema_migrations ORDER BY version`;
      await check.end();
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await Promise.all(sqls.map((sql) => sql.close()));
      await place.drop();
    }
  }, 60_000);
});

import { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION, type ResponseFile } from '../../core/survey/responseFile.js';
import type { PutOutcome, SurveyDb } from './SurveyDb.js';
import type { Row, Sql, SqlRunner } from './Sql.js';

const COLUMNS = 'response_id::text AS response_id, revision, consent_version, bank_id, bank_version, month, answers';
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/** The survey database over either engine: the one SQL both run. `sql` must already be migrated. */
export function sqlSurveyDb(sql: Sql): SurveyDb {
  return {
    engine: sql.engine,
    where: sql.where,
    async put(response, inviteHash) {
      const outcome = await sql.transaction((tx) => putIn(tx, sql.serialized, response, inviteHash));
      if (outcome === 'stored' || outcome === 'replaced') await sql.afterCommit();
      return outcome;
    },
    invitesRequired: () => invitesRequired(sql),
    async addInvites(hashes) {
      if (hashes.length === 0) return;
      await sql.transaction(async (tx) => {
        for (const hash of hashes) await tx.query('INSERT INTO invites (code_hash) VALUES ($1) ON CONFLICT DO NOTHING', [hash]);
      });
      await sql.afterCommit();
    },
    async *responses(batch = 1000) {
      let after = FIRST_ID;
      for (;;) {
        const rows = await sql.query(`SELECT ${COLUMNS} FROM responses WHERE response_id > $1::uuid ORDER BY response_id LIMIT $2`, [after, batch]);
        for (const row of rows) yield toResponse(row);
        if (rows.length < batch) return;
        after = String(rows.at(-1)?.response_id);
      }
    },
    async count() {
      const rows = await sql.query('SELECT count(*)::int AS n FROM responses');
      return Number(rows[0]?.n ?? 0);
    },
    async ping() {
      await sql.query('SELECT 1');
    },
    close: () => sql.close(),
  };
}

/**
 * One response, decided and written under a lock on its id, so two servers given the same record at once agree on
 * which of them stored it (PGlite, one process running one transaction at a time, needs none). A revision or a resend of a stored id needs no invite: the id itself is the proof.
 */
async function putIn(tx: SqlRunner, serialized: boolean, response: ResponseFile, inviteHash: string | undefined): Promise<PutOutcome> {
  const { responseId, revision, consentVersion, bank, month } = response;
  const answers = response.answers;
  // Its own statement: the row is read after the lock is held, so a record another server just stored is seen.
  if (!serialized) await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [responseId]);
  // One round trip for the row (if any) and whether invites are in use: each statement is a round trip, and on
  // PGlite each one runs the whole of Postgres's protocol in WebAssembly.
  const [found] = await tx.query(
    `SELECT r.revision, (r.answers = $2::jsonb AND r.consent_version = $3 AND r.bank_id = $4 AND r.bank_version = $5 AND r.month = $6) AS same,
            EXISTS (SELECT 1 FROM invites) AS invites
       FROM (SELECT 1) AS one LEFT JOIN responses r ON r.response_id = $1::uuid`,
    [responseId, answers, consentVersion, bank.id, bank.version, month],
  );
  const held = found?.revision === null || found?.revision === undefined ? undefined : found;
  if (held) {
    if (Number(held.revision) > revision) return 'newer';
    if (Number(held.revision) === revision) return held.same === true ? 'same' : 'conflict';
    await tx.query(
      'UPDATE responses SET revision = $2, consent_version = $3, bank_id = $4, bank_version = $5, month = $6, answers = $7::jsonb WHERE response_id = $1::uuid',
      [responseId, revision, consentVersion, bank.id, bank.version, month, answers],
    );
    return 'replaced';
  }
  if (found?.invites === true) {
    if (inviteHash === undefined) return 'inviteUnknown';
    const spent = await tx.query('UPDATE invites SET used = true WHERE code_hash = $1 AND NOT used RETURNING used', [inviteHash]);
    if (spent.length === 0) {
      const known = await tx.query('SELECT 1 FROM invites WHERE code_hash = $1', [inviteHash]);
      return known.length > 0 ? 'inviteUsed' : 'inviteUnknown';
    }
  }
  await tx.query(
    'INSERT INTO responses (response_id, revision, consent_version, bank_id, bank_version, month, answers) VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::jsonb)',
    [responseId, revision, consentVersion, bank.id, bank.version, month, answers],
  );
  return 'stored';
}

async function invitesRequired(sql: SqlRunner): Promise<boolean> {
  const rows = await sql.query('SELECT EXISTS (SELECT 1 FROM invites) AS required');
  return rows[0]?.required === true;
}

/** A stored row as the response record it came from, in the record's own field order. */
function toResponse(row: Row): ResponseFile {
  return {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    bank: { id: String(row.bank_id), version: String(row.bank_version) },
    responseId: String(row.response_id),
    revision: Number(row.revision),
    consentVersion: String(row.consent_version),
    month: String(row.month),
    answers: row.answers as ResponseFile['answers'],
  };
}

import { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION, type ResponseFile } from '../../core/survey/responseFile.js';
import type { PutOutcome, SurveyDb } from './SurveyDb.js';

/**
 * The survey database held in this process's memory only, for `clinical-path class`: nothing is written anywhere,
 * and everything is gone when it is closed or the process ends. It decides every put exactly as sqlSurveyDb does
 * (the same contract tests run on both: test/server/surveyDb.test.ts). Each put is decided and applied in one
 * synchronous step, so records arriving at once agree on one outcome as they do under sqlSurveyDb's row lock.
 * Records are copied in and out, so a caller changing its object later changes nothing here.
 */
export function memorySurveyDb(): SurveyDb {
  const responses = new Map<string, ResponseFile>();
  const invites = new Map<string, boolean>();
  let closed = false;
  const open = () => {
    if (closed) throw new Error('the memory survey database is closed');
  };
  return {
    engine: 'memory',
    where: 'memory',
    async put(response, inviteHash) {
      open();
      return putIn(responses, invites, response, inviteHash);
    },
    async invitesRequired() {
      open();
      return invites.size > 0;
    },
    async addInvites(hashes) {
      open();
      for (const hash of hashes) if (!invites.has(hash)) invites.set(hash, false);
    },
    async *responses(batch = 1000) {
      open();
      // In id order, as sqlSurveyDb reads them (uuid order is the order of their lower-case text), a batch at a time.
      let after = '';
      for (;;) {
        const ids = [...responses.keys()].filter((id) => id > after).sort().slice(0, batch);
        for (const id of ids) {
          const held = responses.get(id);
          if (held) yield structuredClone(held);
        }
        if (ids.length < batch) return;
        after = ids.at(-1) ?? after;
      }
    },
    async count() {
      open();
      return responses.size;
    },
    async ping() {
      open();
    },
    async close() {
      closed = true;
      responses.clear();
      invites.clear();
    },
  };
}

function putIn(responses: Map<string, ResponseFile>, invites: Map<string, boolean>, response: ResponseFile, inviteHash: string | undefined): PutOutcome {
  const id = response.responseId.toLowerCase();
  const held = responses.get(id);
  if (held) {
    if (held.revision > response.revision) return 'newer';
    if (held.revision === response.revision) return sameContent(held, response) ? 'same' : 'conflict';
    responses.set(id, stored(response, id));
    return 'replaced';
  }
  if (invites.size > 0) {
    if (inviteHash === undefined || !invites.has(inviteHash)) return 'inviteUnknown';
    if (invites.get(inviteHash) === true) return 'inviteUsed';
    invites.set(inviteHash, true);
  }
  responses.set(id, stored(response, id));
  return 'stored';
}

/** The record as sqlSurveyDb gives it back: the response's own fields, the id as Postgres prints a uuid. */
function stored(response: ResponseFile, id: string): ResponseFile {
  const { bank, revision, consentVersion, month, answers } = structuredClone(response);
  return { format: RESPONSE_FORMAT, formatVersion: RESPONSE_FORMAT_VERSION, bank: { id: bank.id, version: bank.version }, responseId: id, revision, consentVersion, month, answers };
}

/** What sqlSurveyDb compares: the answers as jsonb (object key order does not matter), consent version, bank, month. */
function sameContent(a: ResponseFile, b: ResponseFile): boolean {
  return (
    canonical(a.answers) === canonical(b.answers) &&
    a.consentVersion === b.consentVersion &&
    a.bank.id === b.bank.id &&
    a.bank.version === b.bank.version &&
    a.month === b.month
  );
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

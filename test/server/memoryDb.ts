import { isDeepStrictEqual } from 'node:util';
import type { PutOutcome, SurveyDb } from '../../src/server/db/SurveyDb.js';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';

/** The SurveyDb contract in memory, for tests of what sits above it (the HTTP layer), not of the database. */
export function memoryDb(): SurveyDb {
  const rows = new Map<string, ResponseFile>();
  const invites = new Map<string, boolean>();
  return {
    engine: 'pglite',
    where: 'memory',
    async put(response, inviteHash): Promise<PutOutcome> {
      const held = rows.get(response.responseId);
      if (held) {
        if (held.revision > response.revision) return 'newer';
        if (held.revision === response.revision) return isDeepStrictEqual(held, response) ? 'same' : 'conflict';
        rows.set(response.responseId, structuredClone(response));
        return 'replaced';
      }
      if (invites.size > 0) {
        const used = inviteHash === undefined ? undefined : invites.get(inviteHash);
        if (used === undefined) return 'inviteUnknown';
        if (used) return 'inviteUsed';
        invites.set(inviteHash!, true);
      }
      rows.set(response.responseId, structuredClone(response));
      return 'stored';
    },
    invitesRequired: async () => invites.size > 0,
    async addInvites(hashes) {
      for (const hash of hashes) if (!invites.has(hash)) invites.set(hash, false);
    },
    async *responses() {
      for (const id of [...rows.keys()].sort()) yield structuredClone(rows.get(id)!);
    },
    count: async () => rows.size,
    ping: async () => undefined,
    close: async () => undefined,
  };
}

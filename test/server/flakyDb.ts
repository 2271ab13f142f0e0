import type { SurveyDb } from '../../src/server/db/SurveyDb.js';

/** A database that can be switched off: every call throws a connection error while `down`, as a stopped server would. */
export function flakyDb(inner: SurveyDb): SurveyDb & { down: boolean } {
  const refuse = () => {
    const error = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    Object.assign(error, { code: 'ECONNREFUSED' });
    return error;
  };
  const guard = async <T>(call: () => Promise<T>) => {
    if (db.down) throw refuse();
    return call();
  };
  const db = {
    down: false,
    engine: inner.engine,
    where: inner.where,
    put: (response, invite) => guard(() => inner.put(response, invite)),
    invitesRequired: () => guard(() => inner.invitesRequired()),
    addInvites: (hashes) => guard(() => inner.addInvites(hashes)),
    async *responses(batch) {
      if (db.down) throw refuse();
      yield* inner.responses(batch);
    },
    count: () => guard(() => inner.count()),
    ping: () => guard(() => inner.ping()),
    close: () => inner.close(),
  } satisfies SurveyDb & { down: boolean };
  return db;
}

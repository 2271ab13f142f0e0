import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { serveWords } from '../../messages/serveWords.js';
import { stripControl } from '../../core/text/stripControl.js';
import type { SurveyDb } from '../../server/db/SurveyDb.js';
import { CliError, EXIT } from '../CliError.js';
import { loadContentOrFail } from '../context.js';
import type { Io } from '../Io.js';
import { defaultServerDir } from '../paths.js';
import type { Args } from './serveCommand.js';

const { start, fail } = serveWords;
const MAX_INVITES = 100_000;

/**
 * What `serve` does: opens the database (the db layer, and PGlite with it, is loaded only here, so no other command
 * pays for it), makes the staff token on first start, listens, and on SIGTERM or SIGINT stops taking connections,
 * lets requests in flight finish, closes the database and returns 0. Everything printed goes to `io.stderr`, except
 * new invite codes, which go to `io.stdout` so they can be saved with `> codes.txt`.
 */
export async function run(args: Args, io: Io): Promise<number> {
  const { port, invites } = args;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError([fail.badPort(String(port))]);
  if (invites !== undefined && !(Number.isInteger(invites) && invites >= 1 && invites <= MAX_INVITES)) throw new CliError([fail.invites(String(invites))]);
  if (Boolean(args.tlsCert) !== Boolean(args.tlsKey)) throw new CliError([fail.tlsPair]);
  const tls = args.tlsCert && args.tlsKey ? { cert: readOrFail('certificate', args.tlsCert), key: readOrFail('key', args.tlsKey) } : undefined;
  const rateLimit = args.rateLimit ?? 600;
  if (!(Number.isInteger(rateLimit) && rateLimit >= 0)) throw new CliError([fail.badRateLimit(String(rateLimit))]);
  const { bank } = await loadContentOrFail(args);
  if (!bank.survey) throw new CliError(fail.noSurvey(args.questions === undefined ? 'The question bank' : `${args.questions}/bank.yaml`));

  const serverDir = defaultServerDir(io.env);
  const target = args.db ?? join(serverDir, 'db');
  const { isPostgresUrl } = await import('../../server/db/openSurveyDb.js');
  // A new PGlite folder is made with initdb, which takes seconds: say so, rather than sit silent.
  const db = await openOrFail(target, () => io.stderr.write(`${start.making(target)}\n`));
  try {
    // Beside the PGlite folder (never inside: that is PGlite's), or in the data folder for a Postgres server.
    const tokenFile = args.tokenFile ?? (isPostgresUrl(target) ? join(serverDir, 'staff-token') : join(dirname(resolve(target)), `${basename(resolve(target))}.staff-token`));
    const { loadOrCreateStaffToken } = await import('../../server/staffTokenFile.js');
    const token = loadOrCreateStaffToken(tokenFile);
    if (!token.ok) throw new CliError([token.problem === 'notAToken' ? fail.badToken(tokenFile) : fail.unreadable('staff token file', tokenFile, token.reason ?? 'unknown')]);
    // Listening comes before anything is printed, so a port in use is one line; until the invites below are stored,
    // requests get 503 (a response must not slip in without an invite when invites are just being introduced).
    let ready = false;
    const { createApp } = await import('../../server/createApp.js');
    const { startServer, ListenError } = await import('../../server/startServer.js');
    const debug = Boolean(io.env.DEBUG);
    const app = createApp({ db, bank, staffTokenHash: token.hash, ready: () => ready, rateLimit: rateLimit === 0 ? false : { perMinute: rateLimit, burst: Math.max(10, Math.ceil(rateLimit / 6)) }, trustProxy: Boolean(args.trustProxy), debug, log: (line) => io.stderr.write(`${line}\n`) });
    const server = await startServer({ app, host: args.host, port, tls }).catch((error: unknown) => {
      if (error instanceof ListenError && error.code === 'EADDRINUSE') throw new CliError([fail.portInUse(args.host, port)]);
      if (error instanceof ListenError) throw new CliError([fail.cannotListen(args.host, port, error.code)]);
      throw error;
    });
    const signals = stopOnSignals();
    try {
      io.stderr.write(`${start.data(db.where)}\n`);
      if (token.created) io.stderr.write(`${start.tokenCreated(tokenFile)}\n  ${token.created}\n`);
      else io.stderr.write(`${start.tokenKept(tokenFile)}\n`);
      if (invites !== undefined) {
        const codes = await makeInvites(db, invites);
        io.stderr.write(`${start.invites(codes.length)}\n`);
        io.stdout.write(`${codes.join('\n')}\n`);
      } else if (await db.invitesRequired().catch(() => false)) io.stderr.write(`${start.invitesRequired}\n`);
      ready = true;
      io.stderr.write(`${start.listening(server.url)}\n`);
      await signals.stopped;
      io.stderr.write(`${start.stopping}\n`);
    } finally {
      signals.remove();
      await server.close();
    }
    io.stderr.write(`${start.stopped}\n`);
    return EXIT.ok;
  } finally {
    await db.close().catch(() => undefined);
  }
}

/**
 * `stopped` resolves on the first SIGTERM or SIGINT; the handlers are removed then (or by `remove`, when serve ends
 * otherwise), so a second Ctrl+C ends the process at once.
 */
export function stopOnSignals(): { stopped: Promise<void>; remove: () => void } {
  let remove = () => {};
  const stopped = new Promise<void>((resolveStop) => {
    const stop = () => {
      remove();
      resolveStop();
    };
    remove = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return { stopped, remove };
}

export async function openOrFail(target: string, onNewFolder?: () => void): Promise<SurveyDb> {
  const { openSurveyDb, isPostgresUrl } = await import('../../server/db/openSurveyDb.js');
  const { PgliteMissingError, DbBusyError } = await import('../../server/db/pgliteSql.js');
  const { SchemaTooNewError } = await import('../../server/db/migrate.js');
  try {
    return await openSurveyDb(target, onNewFolder);
  } catch (error) {
    if (error instanceof PgliteMissingError) throw new CliError([fail.noPglite]);
    if (error instanceof DbBusyError) throw new CliError([fail.dbBusy(error.folder, error.heldBy)]);
    if (error instanceof SchemaTooNewError) throw new CliError([fail.schemaTooNew(error.found)]);
    const { redactPassword } = await import('../../server/db/postgresSql.js');
    const code = (error as { code?: string }).code;
    throw new CliError([fail.dbUnreachable(stripControl(isPostgresUrl(target) ? redactPassword(target) : target), code ?? (error instanceof Error ? error.message : String(error)))]);
  }
}

async function makeInvites(db: SurveyDb, count: number): Promise<string[]> {
  const { inviteHash, newInviteCodes } = await import('../../server/inviteCodes.js');
  const codes = newInviteCodes(count);
  try {
    await db.addInvites(codes.map(inviteHash));
  } catch (error) {
    throw new CliError([fail.invitesNotStored((error as { code?: string }).code ?? (error as Error).message)]);
  }
  return codes;
}

function readOrFail(what: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError([fail.unreadable(what, file, (error as NodeJS.ErrnoException).code ?? (error as Error).message)]);
  }
}

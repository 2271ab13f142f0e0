import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describeFsError, visitLines, visitRecords, type RecordVisitor } from '../files/readRecords.js';
import { stripControl } from '../core/text/stripControl.js';
import { CliError } from './CliError.js';

/** Where staff read responses from, besides files: a running server, or the server's database itself. */
export interface RemoteOptions {
  /** The file holding the staff token `serve` made; needed for a server URL. */
  tokenFile?: string;
  /** A PGlite folder or a postgres:// URL: read the database directly, as `serve` stores it. */
  db?: string;
}

export const isServerUrl = (path: string) => /^https?:\/\//i.test(path);

/**
 * Every record from `paths` (files, folders, `-`, and http(s) URLs of a `serve`) and from `--db`, handed to `visitor`
 * as it is read. A server and a database hold only the latest revision of each response, already checked; their
 * records go through the same checks as a file's, so a report reads the same from all three.
 */
export async function* visitSources(paths: string[], stdin: NodeJS.ReadableStream, visitor: RecordVisitor, options: RemoteOptions): AsyncGenerator<void> {
  const files = paths.filter((path) => !isServerUrl(path));
  if (files.length > 0) yield* visitRecords(files, stdin, visitor);
  for (const url of paths.filter(isServerUrl)) yield* visitServer(url, staffToken(url, options.tokenFile), visitor);
  if (options.db !== undefined) yield* visitDatabase(options.db, visitor);
}

/** The staff token from its file (what `serve --token-file` wrote), read afresh for each run. */
function staffToken(url: string, tokenFile: string | undefined): string {
  if (tokenFile === undefined) throw new CliError([`Reading from ${stripControl(url)} needs the staff token: add --token-file FILE (the file serve saved it to).`]);
  let token: string;
  try {
    token = readFileSync(tokenFile, 'utf8').trim();
  } catch (error) {
    throw new CliError([`${stripControl(tokenFile)}: ${describeFsError(error)}`]);
  }
  if (!/^[\x21-\x7e]{16,512}$/.test(token)) throw new CliError([`${stripControl(tokenFile)}: this is not a staff token (one line of 16 or more letters, digits and signs).`]);
  return token;
}

/** GET /api/v1/responses.jsonl, read a chunk at a time like standard input: the set may be larger than memory. */
async function* visitServer(url: string, token: string, visitor: RecordVisitor): AsyncGenerator<void> {
  const shown = stripControl(url);
  let endpoint: URL;
  try {
    endpoint = new URL('api/v1/responses.jsonl', url.endsWith('/') ? url : `${url}/`);
  } catch {
    throw new CliError([`${shown} is not a web address.`]);
  }
  // Only the wait for the answer is limited: a large set then streams for as long as it takes.
  const waiting = new AbortController();
  const timer = setTimeout(() => waiting.abort(), 30_000);
  let answer: Response;
  try {
    answer = await fetch(endpoint, { headers: { authorization: `Bearer ${token}` }, redirect: 'error', signal: waiting.signal });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (waiting.signal.aborted ? 'no answer in 30 s' : 'no connection');
    throw new CliError([`Could not reach the survey server at ${shown} (${cause}).`, 'Check the address and that serve is running there.']);
  } finally {
    clearTimeout(timer);
  }
  if (answer.status === 401 || answer.status === 403) throw new CliError([`The server at ${shown} refused the staff token (${answer.status}).`, 'Use the token file serve saved (its --token-file).']);
  if (!answer.ok || answer.body === null) throw new CliError([`The server at ${shown} answered ${answer.status} ${stripControl(answer.statusText)} to a request for its responses.`]);
  yield* visitLines(endpoint.toString(), Readable.fromWeb(answer.body as never), visitor);
}

/** The database, read in batches through the same layer serve writes with (loaded only here: PGlite is large). */
async function* visitDatabase(target: string, visitor: RecordVisitor): AsyncGenerator<void> {
  const { openDatabaseForReading } = await import('./openDatabaseForReading.js');
  const db = await openDatabaseForReading(target);
  try {
    let line = 0;
    for await (const response of db.responses()) {
      line += 1;
      visitor.value(db.where, line, response);
      if (line % 1000 === 0) yield;
    }
  } finally {
    await db.close();
  }
}

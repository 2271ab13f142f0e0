import type { Bank } from '../core/bank/schema.js';
import type { RecordVisitor } from '../files/readRecords.js';
import type { ResponseFile } from '../core/survey/responseFile.js';
import { stripControl } from '../core/text/stripControl.js';
import { readResponses } from '../survey/readResponses.js';
import { CliError } from './CliError.js';
import { isDash } from '../files/dash.js';
import type { Io } from './Io.js';
import { isServerUrl, visitSources, type RemoteOptions } from './responseSources.js';

export interface StreamSummary {
  accepted: number;
  duplicatesRemoved: number;
  invalid: number;
  /** Earlier revisions left out because the same response id came again with a higher one. */
  revisionsReplaced: number;
}

const SHOWN_PROBLEMS = 20;

/**
 * Reads response files (and `-`, standard input, from `io.stdin`) with readResponses, handing every valid,
 * first-seen response to the consumer `begin` returns, then prints the problems as `file:line: reason` (at most 20,
 * then a count). Without `skipInvalid`, any invalid record fails the whole run after the input is read, so the
 * caller writes nothing.
 *
 * Revisions: when some response id came with a revision above 1, the files are read a second time, keeping only the
 * highest revision of each id, whatever the order of files and lines; `begin` is called again so the caller starts
 * over. Re-exports are rare, so the usual run reads once. A server or a database holds the latest revision only, so
 * reading one of them alone never needs a second pass. Standard input cannot be read twice: revisions there stop
 * the run with a one-line reason.
 */
export async function streamResponses(
  bank: Bank,
  paths: string[],
  skipInvalid: boolean,
  begin: () => (response: ResponseFile) => void,
  io: Pick<Io, 'stdin' | 'stderr'>,
  remote: RemoteOptions = {},
): Promise<StreamSummary> {
  if (paths.length === 0 && remote.db === undefined) throw new CliError(['Name the responses to read: files or folders, - for standard input, a server URL, or --db.']);
  const visit = (visitor: RecordVisitor) => visitSources(paths, io.stdin, visitor, remote);
  let read = await readResponses(bank, visit, begin(), SHOWN_PROBLEMS);
  // One server or one database alone already holds only the latest revision of each response: nothing to read again.
  const oneStore = remote.db === undefined ? paths.length === 1 && isServerUrl(paths[0] ?? '') : paths.length === 0;
  if (read.laterRevisions.size > 0 && !oneStore && (read.invalid === 0 || skipInvalid)) {
    if (paths.some((p) => isDash(p) || p === '/dev/stdin')) {
      throw new CliError(['Some responses came again with a higher revision through standard input, which cannot be read twice.', 'Save them to a file and collect that file, so only the latest revision of each is kept.']);
    }
    read = await readResponses(bank, visit, begin(), SHOWN_PROBLEMS, read.laterRevisions);
  }
  const { accepted, duplicatesRemoved, invalid, problems, revisionsReplaced } = read;
  for (const { file, line, reason } of problems) io.stderr.write(`${stripControl(line > 0 ? `${file}:${line}` : file)}: ${stripControl(reason)}\n`);
  if (invalid > SHOWN_PROBLEMS) io.stderr.write(`… and ${invalid - SHOWN_PROBLEMS} more invalid records\n`);
  if (invalid > 0 && !skipInvalid) {
    // One line, so a single bad file reads as two: where and why, then what happened and what to do.
    const records = invalid === 1 ? '1 invalid record' : `${invalid} invalid records`;
    throw new CliError([`${records}; nothing written. Fix ${invalid === 1 ? 'it' : 'them'}, or add --skip-invalid to leave ${invalid === 1 ? 'it' : 'them'} out (counted in the output).`]);
  }
  return { accepted, duplicatesRemoved, invalid, revisionsReplaced };
}

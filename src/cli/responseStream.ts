import type { Bank } from '../core/bank/schema.js';
import type { ResponseFile } from '../core/survey/responseFile.js';
import { stripControl } from '../core/text/stripControl.js';
import { readResponses } from '../survey/readResponses.js';
import { CliError } from './CliError.js';
import type { Io } from './Io.js';

export interface StreamSummary {
  accepted: number;
  duplicatesRemoved: number;
  invalid: number;
}

const SHOWN_PROBLEMS = 20;

/**
 * Reads response files (and `-`, standard input, from `io.stdin`) with readResponses, handing every valid, first-seen response to `each`, then
 * prints the problems as `file:line: reason` (at most 20, then a count). Without `skipInvalid`, any
 * invalid record fails the whole run after the input is read, so the caller writes nothing.
 */
export async function streamResponses(
  bank: Bank,
  paths: string[],
  skipInvalid: boolean,
  each: (response: ResponseFile) => void,
  io: Pick<Io, 'stdin' | 'stderr'>,
): Promise<StreamSummary> {
  const { accepted, duplicatesRemoved, invalid, problems } = await readResponses(bank, paths, io.stdin, each, SHOWN_PROBLEMS);
  for (const { file, line, reason } of problems) io.stderr.write(`${stripControl(line > 0 ? `${file}:${line}` : file)}: ${stripControl(reason)}\n`);
  if (invalid > SHOWN_PROBLEMS) io.stderr.write(`… and ${invalid - SHOWN_PROBLEMS} more invalid records\n`);
  if (invalid > 0 && !skipInvalid) {
    // One line, so a single bad file reads as two: where and why, then what happened and what to do.
    const records = invalid === 1 ? '1 invalid record' : `${invalid} invalid records`;
    throw new CliError([`${records}; nothing written. Fix ${invalid === 1 ? 'it' : 'them'}, or add --skip-invalid to leave ${invalid === 1 ? 'it' : 'them'} out (counted in the output).`]);
  }
  return { accepted, duplicatesRemoved, invalid };
}

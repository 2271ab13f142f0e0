import type { Bank } from '../core/bank/schema.js';
import { createDeduper } from '../core/survey/dedupe.js';
import type { ResponseFile } from '../core/survey/responseFile.js';
import { validateResponse } from '../core/survey/validateResponse.js';
import { readRecords } from '../files/readRecords.js';
import { CliError } from './CliError.js';
import { stripControl } from '../core/text/stripControl.js';

export interface StreamSummary {
  accepted: number;
  duplicatesRemoved: number;
  invalid: number;
}

const SHOWN_PROBLEMS = 20;

/**
 * Reads response files one record at a time, validates each against the bank and drops repeated
 * response ids, handing every valid, first-seen response to `each`. Problems are printed as
 * `file:line: reason` (at most 20, then a count). Without `skipInvalid`, any invalid record fails
 * the whole run after the input is read, so the caller writes nothing.
 */
export async function streamResponses(bank: Bank, paths: string[], skipInvalid: boolean, each: (response: ResponseFile) => void): Promise<StreamSummary> {
  const deduper = createDeduper();
  let accepted = 0;
  let invalid = 0;
  const problem = (source: string, line: number, reason: string) => {
    invalid += 1;
    if (invalid <= SHOWN_PROBLEMS) process.stderr.write(`${stripControl(line > 0 ? `${source}:${line}` : source)}: ${stripControl(reason)}\n`);
  };
  for await (const read of readRecords(paths, process.stdin)) {
    if ('error' in read) {
      problem(read.source, read.line, read.error);
      continue;
    }
    const checked = validateResponse(bank, read.value);
    if (!checked.ok) {
      problem(read.source, read.line, checked.reason);
      continue;
    }
    if (deduper.isDuplicate(checked.response.responseId)) continue;
    accepted += 1;
    each(checked.response);
  }
  if (invalid > SHOWN_PROBLEMS) process.stderr.write(`… and ${invalid - SHOWN_PROBLEMS} more invalid records\n`);
  if (invalid > 0 && !skipInvalid) {
    // One line, so a single bad file reads as two: where and why, then what happened and what to do.
    const records = invalid === 1 ? '1 invalid record' : `${invalid} invalid records`;
    throw new CliError([`${records}; nothing written. Fix ${invalid === 1 ? 'it' : 'them'}, or add --skip-invalid to leave ${invalid === 1 ? 'it' : 'them'} out (counted in the output).`]);
  }
  return { accepted, duplicatesRemoved: deduper.removed, invalid };
}

import type { Bank } from '../bank/schema.js';
import { buildReport } from './buildReport.js';
import type { Report, ResponseFile } from './responseFile.js';
import { addToTally, createTally } from './tally.js';

/** K, the smallest count a report shows: `report --min-cell` and the server's `minCell` accept the same values. */
export function isValidMinCell(value: number): boolean {
  return Number.isInteger(value) && value >= 2;
}

/**
 * The report over responses already validated and reduced to one revision each (a database's), counted one at a
 * time as they stream in: what `report` prints for files holding the same responses, with the same suppression.
 * `bank` is the exported view (exportedBank). A response to another bank or version (stored before the bank changed)
 * is counted as invalid, as `report` would count it in a file.
 */
export async function reportOfResponses(bank: Bank, responses: AsyncIterable<ResponseFile> | Iterable<ResponseFile>, minCell: number): Promise<Report> {
  const tally = createTally(bank);
  let invalid = 0;
  for await (const response of responses) {
    if (response.bank.id !== bank.id || response.bank.version !== bank.version) invalid += 1;
    else addToTally(tally, response.answers);
  }
  return buildReport(bank, tally, { minCell, duplicatesRemoved: 0, invalid });
}

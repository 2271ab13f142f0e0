import type { Bank } from '../core/bank/schema.js';
import type { ResponseFile } from '../core/survey/responseFile.js';
import type { RecordVisitor } from '../files/readRecords.js';
import { createResponseIntake, type IntakeSummary } from './responseIntake.js';

/**
 * Reads response records from `visit` (visitRecords over files, or a server or database), validates each record against the
 * bank and drops repeated response ids, handing every valid, first-seen response to `each` as it is
 * read. Problems come back counted, with the first `keepProblems` of them, for the caller to word.
 */
export async function readResponses(
  bank: Bank,
  visit: (visitor: RecordVisitor) => AsyncGenerator<void>,
  each: (response: ResponseFile) => void,
  keepProblems = 20,
  latest?: ReadonlyMap<string, number>,
): Promise<IntakeSummary> {
  const intake = createResponseIntake(bank, keepProblems, latest);
  const reading = visit({
    text(file, line, text) {
      const response = intake.text(file, line, text);
      if (response) each(response);
    },
    value(file, line, value) {
      const response = intake.value(file, line, value);
      if (response) each(response);
    },
    error: intake.unreadable,
  });
  // Each response was handed to `each` as its chunk was read: there is nothing to collect here.
  for (let step = await reading.next(); !step.done; step = await reading.next());
  return intake.summary();
}

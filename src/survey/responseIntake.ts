import type { Bank } from '../core/bank/schema.js';
import { compileResponseCheck } from '../core/survey/compileResponseCheck.js';
import { createDeduper } from '../core/survey/dedupe.js';
import type { ResponseFile } from '../core/survey/responseFile.js';
import { validateResponse, type ResponseRefusal } from '../core/survey/validateResponse.js';
import { countColons } from '../files/countColons.js';
import { findDuplicateKey } from '../files/findDuplicateKey.js';
import { parseRecord } from '../files/parseRecord.js';

/**
 * A record that was left out, as data: the caller words it (`file:line: reason` on a terminal).
 * `read`: the file or line could not be read as JSON text; `response`: JSON, but not a valid response.
 */
export interface ResponseProblem {
  file: string;
  /** 1-based; 0 when the problem is the whole file or folder. */
  line: number;
  code: 'read' | 'response';
  reason: string;
  /** For `response`: the reason as a code with the field it concerns (the server answers with it). */
  refusal?: ResponseRefusal;
}

export interface IntakeSummary {
  accepted: number;
  duplicatesRemoved: number;
  invalid: number;
  /** Response ids seen with a revision above 1, and the highest seen: a second pass keeps only those revisions. */
  laterRevisions: ReadonlyMap<string, number>;
  /** Records left out because the same response id has a higher revision (with `latest` given). */
  revisionsReplaced: number;
  /** The first `keepProblems` problems, in the order met; `invalid` counts them all. */
  problems: ResponseProblem[];
}

export interface ResponseIntake {
  /** One line of JSON text: the response when it is valid and its id new, otherwise null. */
  text(file: string, line: number, text: string): ResponseFile | null;
  /** One record already parsed (a whole `.json` file): as `text`. */
  value(file: string, line: number, value: unknown): ResponseFile | null;
  /** A file or line that could not be read at all. */
  unreadable(file: string, line: number, reason: string): void;
  summary(): IntakeSummary;
}

/** The compiled check, once per bank: a server makes an intake per request, always with the same bank. */
const compiled = new WeakMap<Bank, ReturnType<typeof compileResponseCheck>>();
function checkFor(bank: Bank): ReturnType<typeof compileResponseCheck> {
  let check = compiled.get(bank);
  if (!check) compiled.set(bank, (check = compileResponseCheck(bank)));
  return check;
}

/**
 * Validation, de-duplication and counting of response records, whatever they come from: files here,
 * a request body on a server. Nothing is printed or thrown; problems are kept as data (the first
 * `keepProblems` of them, so a million bad lines cannot fill memory) and counted.
 */
export function createResponseIntake(bank: Bank, keepProblems = 20, latest?: ReadonlyMap<string, number>): ResponseIntake {
  const fast = checkFor(bank);
  const deduper = createDeduper();
  const problems: ResponseProblem[] = [];
  let accepted = 0;
  let invalid = 0;
  const problem = (file: string, line: number, code: ResponseProblem['code'], reason: string, refusal?: ResponseRefusal): null => {
    invalid += 1;
    if (problems.length < keepProblems) problems.push({ file, line, code, reason, ...(refusal ? { refusal } : {}) });
    return null;
  };
  const laterRevisions = new Map<string, number>();
  let revisionsReplaced = 0;
  const keep = (response: ResponseFile): ResponseFile | null => {
    // Re-exports are rare, so only ids seen with a revision above 1 are remembered, not every id.
    if (response.revision > 1 && response.revision > (laterRevisions.get(response.responseId) ?? 1)) laterRevisions.set(response.responseId, response.revision);
    if (latest && response.revision < (latest.get(response.responseId) ?? 1)) {
      revisionsReplaced += 1;
      return null;
    }
    if (deduper.isDuplicate(response.responseId)) return null;
    accepted += 1;
    return response;
  };
  const value = (file: string, line: number, record: unknown): ResponseFile | null => {
    const checked = validateResponse(bank, record);
    return checked.ok ? keep(checked.response) : problem(file, line, 'response', checked.reason, checked.refusal);
  };
  // The full path, for anything the fast one is not sure of: the same words as before for every problem.
  const slowly = (file: string, line: number, text: string): ResponseFile | null => {
    const parsed = parseRecord(text);
    return 'error' in parsed ? problem(file, line, 'read', parsed.error) : value(file, line, parsed.value);
  };
  return {
    text(file, line, text) {
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        return slowly(file, line, text);
      }
      const response = fast.check(record);
      // A valid response is three levels deep at most, so only a key given twice is left to rule out (parseRecord says why).
      if (response === null || (countColons(text) > fast.keys && findDuplicateKey(text))) return slowly(file, line, text);
      return keep(response);
    },
    value,
    unreadable: (file, line, reason) => void problem(file, line, 'read', reason),
    summary: () => ({ accepted, duplicatesRemoved: deduper.removed, invalid, problems, laterRevisions, revisionsReplaced }),
  };
}

import { isDash } from '../../files/dash.js';
import { CliError, EXIT } from '../CliError.js';
import { responseCsvLine, responsesCsvHeader } from '../../render/responsesCsv.js';
import { loadContentOrFail } from '../context.js';
import { streamResponses } from '../responseStream.js';
import { stagedOutput } from '../stagedOutput.js';
import type { Io } from '../Io.js';
import type { Args } from './collectCommand.js';
import { safeJson } from '../../core/text/safeJson.js';
import type { ResponseFile } from '../../core/survey/responseFile.js';
import { exportedBank } from '../../core/survey/exportedBank.js';
import { createKeyCounts, keyOf, kSummaryOfGroups } from '../../core/survey/kAnonymity.js';
import { kAnonymityLine, kAnonymizedLine } from '../../messages/kAnonymityWords.js';
import { kAnonymize } from '../../core/survey/kAnonymize.js';

/** The k below which a record counts as easy to single out, in the line collect prints (the issue's 5, a common rule). */
const K_SHOWN = 5;

/** What `collect` does once its arguments are parsed; loaded only when the command runs. */
export async function run(args: Args, io: Io): Promise<number> {
  // Records hold answers as their export policy sent them (state as its region): read them against that view.
  const bank = exportedBank((await loadContentOrFail(args)).bank);
  const identifiers = bank.quasi_identifiers;
  const k = args.kAnonymity;
  if (k !== undefined && !(Number.isInteger(k) && k >= 2)) throw new CliError([`--k-anonymity must be a whole number of at least 2 (got ${String(k)}).`]);
  if (k !== undefined && identifiers.length === 0) throw new CliError(['--k-anonymity needs quasi_identifiers in the question bank’s bank.yaml; this bank declares none.']);
  let counts = createKeyCounts();
  let output: ReturnType<typeof stagedOutput> | undefined;
  // With --k-anonymity every response is held until all are read: suppression depends on the whole set.
  let held: ResponseFile[] = [];
  const write = (response: ResponseFile) => {
    output?.write(`${args.format === 'jsonl' ? safeJson(response) : responseCsvLine(bank, response, args.format)}\n`);
    if (identifiers.length > 0) counts.add(keyOf(response.answers, identifiers));
  };
  // Called once per pass over the input: a second pass (later revisions) starts the output and the counts over.
  const begin = () => {
    output?.discard();
    output = stagedOutput(args.out, io.stdout);
    counts = createKeyCounts();
    held = [];
    if (args.format !== 'jsonl') output.write(`${responsesCsvHeader(bank, args.format)}\n`);
    return k === undefined ? write : (response: ResponseFile) => void held.push(response);
  };
  try {
    const summary = await streamResponses(bank, args.paths, Boolean(args.skipInvalid), begin, io, { tokenFile: args.tokenFile, db: args.db });
    if (!output) throw new Error('collect: no pass over the input');
    const changes = k === undefined ? undefined : kAnonymize(bank, held.map((r) => r.answers), identifiers, k);
    if (changes) held.forEach((response, i) => write({ ...response, answers: { ...(changes.answers[i] ?? response.answers) } }));
    await output.commit();
    const skipped = summary.invalid > 0 ? `, ${summary.invalid} invalid skipped` : '';
    const replaced = summary.revisionsReplaced > 0 ? `, ${summary.revisionsReplaced} earlier revision${summary.revisionsReplaced === 1 ? '' : 's'} replaced` : '';
    io.stderr.write(`${summary.accepted} response${summary.accepted === 1 ? '' : 's'}${args.out && !isDash(args.out) ? ` written to ${args.out}` : ''} (${summary.duplicatesRemoved} duplicate${summary.duplicatesRemoved === 1 ? '' : 's'} removed${replaced}${skipped}).\n`);
    if (changes && k !== undefined) io.stderr.write(`${kAnonymizedLine(identifiers, k, changes)}\n`);
    if (identifiers.length > 0 && summary.accepted > 0) io.stderr.write(`${kAnonymityLine(identifiers, kSummaryOfGroups(counts.groups(), K_SHOWN))}\n`);
    return EXIT.ok;
  } catch (error) {
    output?.discard();
    throw error;
  }
}

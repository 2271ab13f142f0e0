// npm run bench: every benchmark in one go; prints a table and writes test/bench/results.md.
// Measured, never asserted: the machines are shared and noisy, so compare rows taken in the same run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { benchKeypress } from './keypress.mjs';
import { benchReport, collectTable, reportTable } from './report.mjs';
import { benchSize, sizeTable } from './size.mjs';
import { benchStartup, startupTable } from './startup.mjs';

const started = new Date();
const loadAtStart = loadavg();
const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const log = (line) => process.stderr.write(`${line}\n`);

log('time to first question…');
const startup = await benchStartup();
log('keypress latency…');
const keypress = await benchKeypress();
log('report and collect against the minimal tally, 100k and 1M responses…');
const report = await benchReport();
log('package size…');
const size = benchSize();
const loadAtEnd = loadavg().map((l) => l.toFixed(1)).join(', ');

const text = `# Benchmarks

Run ${started.toISOString().slice(0, 10)} on ${machine}; load average ${loadAtStart.map((l) => l.toFixed(1)).join(', ')} at the start, ${loadAtEnd} at the end (the machine is shared). Reproduce with \`npm ci && npm run bench\`.

## Time to the first question (pseudo-terminal 100×30, interleaved, median)

${startupTable(startup)}

## Keypress to updated frame (40-question bank)

| presses | median | p90 |
|---:|---:|---:|
| ${keypress.presses} | ${keypress.medianMs.toFixed(1)} ms | ${keypress.p90Ms.toFixed(1)} ms |

## \`report\` and \`collect\` against a minimal streaming tally (same input, side by side, median of rounds)

The minimal tally (test/bench/minimalTally.mjs) streams the JSONL, parses each line once, drops repeated
responseIds and counts answer values: no checks and no output. Targets: time ≤ 1.5×, peak memory ≤ 1.2×.

${reportTable(report)}

collect also writes every record back out, which the tally does not. Against the least a script does for that
(test/bench/minimalCopy.mjs: parse, drop repeated ids, write each record as a line of JSON), what is left is the
price of collect's checks and its k-anonymity count:

${collectTable(report)}

## Package

${sizeTable(size)}
`;
// Notes written by hand below this line (the startup breakdown) stay when the tables are measured again.
const KEPT = '<!-- notes below are kept by npm run bench -->';
const resultsFile = new URL('./results.md', import.meta.url);
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const notes = previous.includes(KEPT) ? previous.slice(previous.indexOf(KEPT)) : `${KEPT}\n`;
writeFileSync(resultsFile, `${text}\n${notes}`);
console.log(text);

// npm run bench:report — `clinical-path report` (JSON and HTML) and `collect` against the minimal streaming tally
// (minimalTally.mjs) over the same JSONL, run side by side in rounds so load falls on all three alike.
// Measured, not asserted: compare the ratios, which are taken in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './ptyTimer.mjs';
import { writeResponses } from './syntheticResponses.mjs';

const bin = fileURLToPath(new URL('../../bin/clinical-path.js', import.meta.url));
const minimal = fileURLToPath(new URL('./minimalTally.mjs', import.meta.url));
const minimalCopy = fileURLToPath(new URL('./minimalCopy.mjs', import.meta.url));
const hook = fileURLToPath(new URL('./peakRss.mjs', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

function timed(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', hook, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  const peakMb = Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, cpuSeconds: Number(/CPU_US=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1e6, peakMb, stdout: run.stdout };
}

export async function benchReport() {
  const dir = mkdtempSync(join(tmpdir(), 'clinical-path-bench-'));
  const rows = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `responses-${size}.jsonl`);
      const merged = join(dir, 'merged.jsonl');
      await writeResponses(file, size);
      const subjects = {
        'minimal tally': () => timed([minimal, file]),
        report: () => timed([bin, 'report', file, '--format', 'json']),
        // The HTML page: the same counting, then the charts and tables drawn (issue 18 asks for its time at 100k).
        'report --format html': () => timed([bin, 'report', file, '--format', 'html']),
        collect: () => timed([bin, 'collect', file, '--out', merged]),
        // collect writes every record back out, which the tally does not: this is what that costs at the least.
        'minimal copy': () => timed([minimalCopy, file, merged]),
      };
      const runs = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
      for (let round = 0; round < rounds; round += 1) {
        for (const [name, run] of Object.entries(subjects)) runs[name].push(run());
      }
      const counted = [JSON.parse(runs['minimal tally'][0].stdout).respondents, JSON.parse(runs.report[0].stdout).respondents];
      if (counted[0] !== counted[1]) throw new Error(`the minimal tally counted ${counted[0]} respondents, report ${counted[1]}`);
      const medians = (list) => ({ seconds: median(list.map((r) => r.seconds)), cpuSeconds: median(list.map((r) => r.cpuSeconds)), peakMb: median(list.map((r) => r.peakMb)) });
      const base = medians(runs['minimal tally']);
      for (const [name, list] of Object.entries(runs)) {
        const m = medians(list);
        rows.push({ program: name, responses: size, inputMb: statSync(file).size / 1e6, rounds, ...m, timeRatio: m.seconds / base.seconds, cpuRatio: m.cpuSeconds / base.cpuSeconds, memoryRatio: m.peakMb / base.peakMb });
      }
      rmSync(file);
      rmSync(merged, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** collect against the minimal copy, size by size: the share of collect's time that is its own checks. */
export function collectTable(rows) {
  const lines = ['| responses | collect | minimal copy | time | CPU time | peak memory |', '|---:|---:|---:|---:|---:|---:|'];
  for (const size of [...new Set(rows.map((r) => r.responses))]) {
    const collect = rows.find((r) => r.responses === size && r.program === 'collect');
    const copy = rows.find((r) => r.responses === size && r.program === 'minimal copy');
    if (!collect || !copy) continue;
    const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
    lines.push(`| ${size.toLocaleString('en-US')} | ${collect.seconds.toFixed(2)} s | ${copy.seconds.toFixed(2)} s | ${ratio(collect.seconds, copy.seconds)} | ${ratio(collect.cpuSeconds, copy.cpuSeconds)} | ${ratio(collect.peakMb, copy.peakMb)} |`);
  }
  return lines.join('\n');
}

export function reportTable(rows) {
  const lines = [
    '| responses | input | program | rounds | time | vs minimal | CPU time | vs minimal | peak memory | vs minimal |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const ratio = (x) => `${x.toFixed(2)}×`;
    lines.push(
      `| ${r.responses.toLocaleString('en-US')} | ${r.inputMb.toFixed(0)} MB | ${r.program} | ${r.rounds} | ${r.seconds.toFixed(2)} s | ${ratio(r.timeRatio)} | ${r.cpuSeconds.toFixed(2)} s | ${ratio(r.cpuRatio)} | ${r.peakMb.toFixed(0)} MB | ${ratio(r.memoryRatio)} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchReport();
  console.log(`clinical-path report and collect against a minimal streaming tally, ${new Date().toISOString().slice(0, 10)}, node ${process.version}\n`);
  console.log(reportTable(rows));
  console.log(`\n${collectTable(rows)}`);
}

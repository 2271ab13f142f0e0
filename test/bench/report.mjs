// npm run bench:report — time and peak memory of `clinical-path report` over 10k, 100k and 1M responses.
// Measured, not asserted: run it on a quiet machine and compare the rows with each other.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResponses } from './syntheticResponses.mjs';

const bin = fileURLToPath(new URL('../../bin/clinical-path.js', import.meta.url));
const hook = fileURLToPath(new URL('./peakRss.mjs', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);

export async function benchReport() {
  const dir = mkdtempSync(join(tmpdir(), 'clinical-path-bench-'));
  const rows = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `responses-${size}.jsonl`);
      await writeResponses(file, size);
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, ['--import', hook, bin, 'report', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (run.status !== 0) throw new Error(`report failed on ${size} responses: ${run.stderr}`);
      const peakKb = Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
      const respondents = JSON.parse(run.stdout).respondents;
      rows.push({ responses: size, respondents, inputMb: statSync(file).size / 1e6, seconds, peakMb: peakKb / 1024 });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function reportTable(rows) {
  const lines = ['| responses | input | time | per 100k | peak memory |', '|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.responses.toLocaleString('en-US')} | ${r.inputMb.toFixed(0)} MB | ${r.seconds.toFixed(2)} s | ${((r.seconds / r.responses) * 1e5).toFixed(2)} s | ${r.peakMb.toFixed(0)} MB |`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchReport();
  console.log(`clinical-path report: time and peak memory (RSS) by input size, ${new Date().toISOString().slice(0, 10)}, node ${process.version}\n`);
  console.log(reportTable(rows));
}

// Time to the first question on screen, in a real pseudo-terminal: ours vs a one-prompt @clack/prompts
// script vs bare node, interleaved so the machine's load falls on all three alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeToFirstResponse, timeToText } from './ptyTimer.mjs';

const bin = fileURLToPath(new URL('../../bin/clinical-path.js', import.meta.url));
const clack = fileURLToPath(new URL('./clackOnePrompt.mjs', import.meta.url));

export async function benchStartup(runs = Number(process.env.BENCH_RUNS ?? 15)) {
  const home = mkdtempSync(join(tmpdir(), 'clinical-path-bench-'));
  // Someone coming back: the first frame shows their question (the second) before Ink has loaded.
  const resumed = join(home, 'resumed');
  writeFileSync(join(home, 'partial.json'), JSON.stringify({ answers: { pathway: 'post_primary' } }));
  spawnSync(process.execPath, [bin, '--store', resumed, '--answers', join(home, 'partial.json')], { env: { ...process.env, HOME: home } });
  const subjects = {
    // A fresh start's first screen is the intro.
    'clinical-path, first screen (the intro)': () => timeToText([bin, '--store', join(home, 'fresh')], 'Press Enter to start', { HOME: home }),
    'clinical-path, resumed question': () => timeToText([bin, '--store', resumed], 'Question 2 of', { HOME: home }),
    'clinical-path, first key answered': () => timeToFirstResponse([bin, '--store', resumed], 'Question 2 of', '\u001B[B', /❯ +2\./, { HOME: home }),
    '@clack/prompts, one prompt': () => timeToText([clack], 'Which of these best describes you?'),
    'bare node': () => timeToText(['-e', 'process.stdout.write("ready")'], 'ready'),
  };
  const times = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
  for (const run of Object.values(subjects)) await run(); // warm the file cache once
  for (let i = 0; i < runs; i += 1) {
    for (const [name, run] of Object.entries(subjects)) times[name].push(await run());
  }
  const clackMedian = median(times['@clack/prompts, one prompt']);
  return Object.entries(times).map(([name, list]) => ({ name, runs: list.length, medianMs: median(list), ratio: median(list) / clackMedian }));
}

export function startupTable(rows) {
  return ['| program | runs | median to first question | vs @clack/prompts |', '|---|---:|---:|---:|', ...rows.map((r) => `| ${r.name} | ${r.runs} | ${r.medianMs.toFixed(0)} ms | ${r.ratio.toFixed(2)}× |`)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(startupTable(await benchStartup()));

// node test/bench/startupProfile.mjs [out-dir]: one resumed interview in a pseudo-terminal under
// `node --cpu-prof`, ↓ pressed when the question shows, Ctrl-C once the highlight moved; prints the
// milestones and the biggest costs by bundle file, to break startup down (results.md says what we found).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import stripAnsi from 'strip-ansi';

const bin = process.env.BENCH_BIN ?? fileURLToPath(new URL('../../bin/clinical-path.js', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'clinical-path-prof-'));
const out = process.argv[2] ?? home;
writeFileSync(join(home, 'partial.json'), JSON.stringify({ answers: { pathway: 'post_primary' } }));
spawnSync(process.execPath, [bin, '--store', join(home, 'store'), '--answers', join(home, 'partial.json')], { env: { ...process.env, HOME: home } });

const started = performance.now();
const marks = {};
await new Promise((resolve) => {
  const term = pty.spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, bin, '--store', join(home, 'store')], {
    name: 'xterm-256color', cols: 100, rows: 30, env: { ...process.env, CI: 'false', HOME: home },
  });
  let seen = '';
  term.onData((data) => {
    if (marks.firstOutput === undefined) marks.firstOutput = performance.now() - started;
    seen += stripAnsi(data);
    if (marks.question === undefined && seen.includes('Question 2 of')) {
      marks.question = performance.now() - started;
      term.write('\u001B[B');
      seen = '';
    } else if (marks.question !== undefined && marks.answered === undefined && /❯ +2\./.test(seen)) {
      marks.answered = performance.now() - started;
      term.write('\u0003');
    }
  });
  term.onExit(resolve);
});
console.log(Object.entries(marks).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(' · '));

const file = readdirSync(out).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(out, f)).sort().at(-1);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byUrl = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const key = node.callFrame.url ? basename(node.callFrame.url) : node.callFrame.functionName || '(native)';
  byUrl.set(key, (byUrl.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const top = [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log(top.map(([k, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
console.log(`profile: ${file}`);

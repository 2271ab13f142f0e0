// node test/bench/abStartup.mjs OTHER_BIN [runs]: this checkout's bin against another build of it (a copy of an
// earlier dist/), interleaved in one run, so a startup change is judged side by side on a noisy machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeToFirstResponse, timeToText } from './ptyTimer.mjs';

const bins = { this: fileURLToPath(new URL('../../bin/clinical-path.js', import.meta.url)), other: process.argv[2] };
if (!bins.other) throw new Error('usage: node test/bench/abStartup.mjs OTHER_BIN [runs]');
const runs = Number(process.argv[3] ?? 15);
const home = mkdtempSync(join(tmpdir(), 'clinical-path-ab-'));
writeFileSync(join(home, 'partial.json'), JSON.stringify({ answers: { pathway: 'post_primary' } }));
const subjects = {};
for (const [name, bin] of Object.entries(bins)) {
  const store = join(home, `${name}-resumed`);
  spawnSync(process.execPath, [bin, '--store', store, '--answers', join(home, 'partial.json')], { env: { ...process.env, HOME: home } });
  subjects[`${name}: intro`] = () => timeToText([bin, '--store', join(home, `${name}-fresh`)], 'Press Enter to start', { HOME: home });
  subjects[`${name}: resumed question`] = () => timeToText([bin, '--store', store], 'Question 2 of', { HOME: home });
  subjects[`${name}: first key answered`] = () => timeToFirstResponse([bin, '--store', store], 'Question 2 of', '\u001B[B', /❯ +2\./, { HOME: home });
}
const times = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
for (const run of Object.values(subjects)) await run();
for (let i = 0; i < runs; i += 1) for (const [name, run] of Object.entries(subjects)) times[name].push(await run());
for (const [name, list] of Object.entries(times)) console.log(`${name.padEnd(32)} ${median(list).toFixed(0).padStart(5)} ms`);

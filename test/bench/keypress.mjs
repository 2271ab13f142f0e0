// Keypress to updated frame, in a real pseudo-terminal, on a 40-question bank: the shipped bank plus
// filler questions. Keys are sent one at a time, each after the previous frame has arrived.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import { median } from './ptyTimer.mjs';

const bin = fileURLToPath(new URL('../../bin/clinical-path.js', import.meta.url));
const questions = fileURLToPath(new URL('../../questions', import.meta.url));

function fortyQuestionBank(dir) {
  cpSync(questions, dir, { recursive: true });
  const filler = Array.from({ length: 17 }, (_, i) => [
    `  - id: filler_${i + 1}`,
    '    kind: single',
    `    prompt: Filler question ${i + 1} for the benchmark`,
    '    survey_only: true',
    '    help: Asked for the benchmark only; it does not change the plan.',
    '    options:',
    ...['One', 'Two', 'Three', 'Four', 'Five'].map((label) => `      - { value: ${label.toLowerCase()}, label: ${label} }`),
  ].join('\n'));
  writeFileSync(join(dir, 'sections', '06-filler.yaml'), `section: Filler\nquestions:\n${filler.join('\n')}\n`);
}

export async function benchKeypress(presses = Number(process.env.BENCH_PRESSES ?? 60)) {
  const home = mkdtempSync(join(tmpdir(), 'clinical-path-bench-'));
  const bank = join(home, 'bank');
  fortyQuestionBank(bank);
  const term = pty.spawn(process.execPath, [bin, '--questions', bank, '--store', join(home, 'store')], { name: 'xterm-256color', cols: 100, rows: 30, env: { ...process.env, CI: 'false', HOME: home } });
  let waiting = null;
  let screen = '';
  term.onData((data) => {
    screen += data;
    if (waiting && waiting.test(screen)) {
      const done = waiting.done;
      waiting = null;
      done();
    }
  });
  const until = (pattern) => new Promise((done) => {
    waiting = { test: (s) => pattern.test(s), done };
    if (pattern.test(screen)) {
      waiting = null;
      done();
    }
  });
  // A fresh store opens on the intro; Enter starts the first question.
  await until(/Press Enter to start/);
  term.write('\r');
  await until(/Question 1 of \d+/);
  // Steady state: the first question is drawn before Ink has loaded, so give Ink time to take over.
  await new Promise((r) => setTimeout(r, 1500));
  const latencies = [];
  for (let i = 0; i < presses; i += 1) {
    screen = '';
    const frame = until(/❯/);
    const started = process.hrtime.bigint();
    term.write(i % 2 === 0 ? '\u001B[B' : '\u001B[A');
    await frame;
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    await new Promise((r) => setTimeout(r, 40)); // let Ink's render throttle settle, as between human keypresses
  }
  term.kill('SIGKILL');
  const sorted = [...latencies].sort((a, b) => a - b);
  return { presses, medianMs: median(latencies), p90Ms: sorted[Math.floor(sorted.length * 0.9)] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchKeypress();
  console.log(`keypress → frame on a 40-question bank: median ${r.medianMs.toFixed(1)} ms, p90 ${r.p90Ms.toFixed(1)} ms over ${r.presses} presses`);
}

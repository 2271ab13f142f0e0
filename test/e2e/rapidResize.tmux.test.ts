import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runBin, tempHome, testEnv } from './runBin.js';

// tmux, unlike the pseudo-terminal the other suites use, rewraps lines already on screen when it narrows, as most
// desktop terminals do. A frame erased by Ink's own line count after a rewrap leaves stale lines behind.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const sessions: string[] = [];
afterEach(() => {
  for (const name of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', name]);
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function paneOnceSettled(name: string, expected: RegExp): Promise<string> {
  const deadline = Date.now() + 15000;
  for (;;) {
    // -S -200: the scrollback too, where a stale frame pushed off the top would sit.
    const pane = execFileSync('tmux', ['capture-pane', '-p', '-t', name, '-S', '-200'], { encoding: 'utf8' });
    if (expected.test(pane) || Date.now() > deadline) return pane;
    await sleep(100);
  }
}

describe.skipIf(!hasTmux)('rapid resizes in a terminal that rewraps (tmux)', () => {
  it('leaves exactly one frame on screen and in the scrollback after 8 rounds of 50×14, 90×26 and 40×12', async () => {
    const { home, store } = tempHome();
    writeFileSync(join(home, 'partial.json'), JSON.stringify({ answers: { pathway: 'post_primary' } }));
    // Exit 1: the rest is unanswered; the one answer is saved, so the run resumes at question 2.
    expect(runBin(['--store', store, '--answers', join(home, 'partial.json')], { home }).stderr).toContain('Your answers were saved');

    const name = `clinical-path-resize-${process.pid}`;
    sessions.push(name);
    const env = testEnv(home);
    const vars = ['HOME', 'XDG_CONFIG_HOME', 'CI', 'NO_COLOR', 'PATH'].map((key) => `${key}=${JSON.stringify(env[key] ?? '')}`);
    // `; sleep` keeps the pane open if the app ends, so the capture shows what it left.
    const command = `env ${vars.join(' ')} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --store ${JSON.stringify(store)}; sleep 60`;
    execFileSync('tmux', ['new-session', '-d', '-s', name, '-x', '100', '-y', '30', command]);
    expect(await paneOnceSettled(name, /esc save & quit/)).toContain('Welcome back');

    for (let round = 0; round < 8; round += 1) {
      for (const [x, y] of [[50, 14], [90, 26], [40, 12]]) {
        execFileSync('tmux', ['resize-window', '-t', name, '-x', String(x), '-y', String(y)]);
        await sleep(20);
      }
    }
    execFileSync('tmux', ['resize-window', '-t', name, '-x', '90', '-y', '26']);
    await sleep(800);
    const pane = await paneOnceSettled(name, /esc save & quit\s*$/);

    expect(pane.match(/Question 2 of 2\d/g)).toHaveLength(1);
    expect(pane.match(/esc save & quit/g)).toHaveLength(1);
    // The welcome-back note gives way on small sizes; it may be gone, but never twice.
    expect((pane.match(/Welcome back/g) ?? []).length).toBeLessThanOrEqual(1);
  }, 40000);
});

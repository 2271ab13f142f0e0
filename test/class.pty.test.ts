import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import stripAnsi from 'strip-ansi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from './e2e/runBin.js';
import { recordMaker } from './server/records.js';
import { bundleForTest } from './server/serveBundle.js';

/** The projector view as the teacher sees it: `clinical-path class` in a real pseudo-terminal at 120×32. */
let bin: string;
let removeBundle: () => void;
beforeAll(async () => {
  ({ bin, remove: removeBundle } = await bundleForTest());
}, 120_000);
afterAll(() => removeBundle?.());

describe('clinical-path class at a terminal (Ink)', () => {
  it('draws the student line, waits for K, shows a question beside ASRT, moves with → and ←, and ends on q with the summary', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-class-pty-'));
    const term = pty.spawn(process.execPath, [bin, 'class', '--port', '0', '--out', 'summary.md'], {
      name: 'xterm-256color',
      cols: 120,
      rows: 32,
      cwd: home,
      env: testEnv(home) as Record<string, string>,
    });
    let raw = '';
    term.onData((data) => (raw += data));
    const exited = new Promise<{ exitCode: number }>((resolve) => term.onExit(resolve));
    const screen = () => stripAnsi(raw);
    const waitFor = async (pattern: RegExp, from = 0) => {
      for (let waited = 0; waited < 20_000; waited += 25) {
        const found = pattern.exec(screen().slice(from));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`timed out waiting for ${pattern}:\n${screen().slice(-2000)}`);
    };
    try {
      const [, url, code] = await waitFor(/npx clinical-path --survey (http:\/\/127\.0\.0\.1:\d+) --invite (\S+)/);
      await waitFor(/the view shows the class's answers once 3 are in/);
      await waitFor(/←\/→ or PgUp\/PgDn: question · u: update now · q: end the class/);
      const record = recordMaker(51);
      const post = (n: number) =>
        Promise.all(
          Array.from({ length: n }, () =>
            fetch(`${url}/api/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-invite-code': code! }, body: JSON.stringify(record()) }).then((r) => r.status),
          ),
        );
      expect(await post(4)).toEqual([201, 201, 201, 201]);
      await waitFor(/4 responses in, 4 waiting for the next update/);
      const mark = screen().length;
      term.write('u');
      await waitFor(/Class poll, update 1: 4 responses \(4 new since the last update\)/, mark);
      await waitFor(/Question 1 of \d+/, mark);
      // Through the questions to the one with the ASRT figure for hospitals.
      for (let i = 0; i < 12 && !/ASRT ░+ +78\.9%/.test(screen().slice(-4000)); i += 1) {
        const before = screen().length;
        term.write('\u001B[C');
        await waitFor(new RegExp(`Question ${i + 2} of`), before);
      }
      expect(screen().slice(-4000)).toMatch(/ASRT ░+ +78\.9%/);
      const back = screen().length;
      term.write('\u001B[D');
      await waitFor(/Question \d+ of/, back);
      term.write('q');
      expect((await exited).exitCode).toBe(0);
      expect(screen()).toContain('Class over: 4 responses in, 4 in the last view shown.');
      expect(readFileSync(join(home, 'summary.md'), 'utf8')).toContain('- Respondents: 4\n');
      expect(readdirSync(home).sort()).toEqual(['summary.md']);
    } finally {
      term.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});

import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { besideConsentText } from './consentText.js';
import { BIN, ROOT, runBin, tempHome, testEnv } from './runBin.js';

let home: string;
let store: string;

beforeAll(() => {
  ({ home, store } = tempHome());
  expect(runBin(['--store', store, '--answers', join(ROOT, 'test/fixtures/answers/ct-employed.json'), '--out', join(home, 'plan.txt')], { home }).code).toBe(0);
  const response = runBin(['--store', store, 'export', '--agree'], { home }).stdout;
  writeFileSync(join(home, 'responses.jsonl'), `${JSON.stringify(JSON.parse(response))}\n`);
});

/**
 * Runs the bin with its stdout a pipe whose only reader is closed before the bin has even started: every write
 * it makes meets a closed pipe, as with `| head -1` once head has its line, but without depending on timing.
 */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, '--store', store, ...args], { cwd: home, env: testEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('output into a closed pipe', () => {
  it.each<[string[]]>([[['plan']], [['demo', '--list']], [['answers']], [['states']], [['export', '--agree']], [['dictionary']], [['report', 'responses.jsonl']]])(
    '%j ends quietly with exit 0',
    async (args) => {
      const result = await runIntoClosedPipe(args);
      expect({ ...result, stderr: args[0] === 'export' ? besideConsentText(result.stderr) : result.stderr }).toEqual({ code: 0, stderr: '' });
    },
  );

  it('collect ends with exit 0 and only its usual summary', async () => {
    const result = await runIntoClosedPipe(['collect', 'responses.jsonl']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('1 response (0 duplicates removed).');
    expect(result.stderr).toMatch(/^k-anonymity over .*: the smallest group sharing all of them has 1 record; 1 of 1 \(100%\) are in groups smaller than 5\.$/m);
  });

  it('`plan | head -1` prints the title, and the command exits 0 with nothing on stderr', () => {
    const script = `{ "${process.execPath}" "${BIN}" --store "${store}" plan 2>"${home}/err.txt"; echo $? >"${home}/code.txt"; } | head -1`;
    const result = spawnSync('sh', ['-c', script], { cwd: home, env: testEnv(home), encoding: 'utf8', timeout: 15000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Your clinical-path plan — as of \d{4}-\d{2}\n$/);
    expect(spawnSync('cat', [join(home, 'code.txt'), join(home, 'err.txt')], { encoding: 'utf8' }).stdout).toBe('0\n');
  });

  it('a full disk behind stdout is still an error (exit 2), not taken for a closed pipe', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --store "${store}" plan >/dev/full`], { cwd: home, env: testEnv(home), encoding: 'utf8', timeout: 15000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('clinical-path: could not write the output: the disk is full.\n');
  });
});

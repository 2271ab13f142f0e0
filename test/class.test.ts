import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Bank } from '../src/core/bank/schema.js';
import { exportedBank } from '../src/core/survey/exportedBank.js';
import { reportOfResponses } from '../src/core/survey/reportOfResponses.js';
import type { ResponseFile } from '../src/core/survey/responseFile.js';
import { renderReport } from '../src/render/renderReport.js';
import { renderReportMarkdown } from '../src/render/reportMarkdown.js';
import { openSurveyDb } from '../src/server/db/openSurveyDb.js';
import { lanAddress } from '../src/server/lanAddress.js';
import { ROOT, tempHome, testEnv } from './e2e/runBin.js';
import { collector, runMain } from './e2e/runMain.js';
import { recordMaker, shippedBank } from './server/records.js';
import { bundleForTest } from './server/serveBundle.js';

/**
 * The live class poll (issue 17): the teacher runs `clinical-path class` as a real process (the bundled program,
 * its own HOME and TMPDIR, no terminal, so the projector view prints a fresh block on each update), and ten students
 * send over loopback: most POST a consented record as submit does, with the class code, and some run the real
 * `submit`. K = 3 throughout: the view updates by itself at 6 new responses, or on `u` with 3 or more waiting.
 */
const K = 3;
const persona = join(ROOT, 'test', 'fixtures', 'answers', 'sonography-student-nm.json');

let bin: string;
let removeBundle: () => void;
let bank: Bank;
beforeAll(async () => {
  ({ bin, remove: removeBundle } = await bundleForTest());
  bank = await shippedBank();
}, 120_000);
afterAll(() => removeBundle?.());

/** Every file and folder under `root`, with its size for files: what "nothing on disk" is checked against. */
function listAll(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path);
      out.push(`${relative(root, path)}${info.isDirectory() ? '/' : ` ${info.size}`}`);
      if (info.isDirectory()) walk(path);
    }
  };
  walk(root);
  return out.sort();
}

interface Teacher {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** The printed student line, its address and the class code. */
  line: Promise<{ text: string; url: string; code: string }>;
  /** The published blocks so far: the respondents each says it holds. */
  blocks: () => number[];
  key: (key: string) => void;
}

/** `clinical-path class ARGS` as a child process, with HOME and TMPDIR of its own and standard input a pipe. */
function startClass(args: string[], home: string, tmp: string): Teacher {
  const child = spawn(process.execPath, [bin, 'class', '--port', '0', '--min-cell', String(K), ...args], {
    cwd: home,
    env: testEnv(home, { TMPDIR: tmp, TMP: tmp, TEMP: tmp }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const line = (async () => {
    for (let waited = 0; waited < 60_000; waited += 50) {
      const found = /^ {2}(npx clinical-path --survey (http:\/\/\S+) --invite (\S+))$/m.exec(stdout);
      if (found) return { text: found[1]!, url: found[2]!, code: found[3]! };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`class did not start: ${stdout}${stderr}`);
  })();
  line.catch(() => undefined);
  const blocks = () => [...stdout.matchAll(/^Class poll, update (\d+): (\d+) responses? \((\d+) new since the last update\)$/gm)].map((m) => Number(m[2]));
  return { child, stdout: () => stdout, stderr: () => stderr, exited, line, blocks, key: (key) => child.stdin!.write(`${key}\n`) };
}

/** One student's consented record, sent as submit sends it, with the class code. */
async function post(url: string, code: string | undefined, record: ResponseFile): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (code !== undefined) headers['x-invite-code'] = code;
  const res = await fetch(`${url}/api/v1/responses`, { method: 'POST', headers, body: JSON.stringify(record) });
  await res.text();
  return res.status;
}

/** A student who answered on their own machine (their own HOME) and sends with the real `submit`. */
async function submitStudent(url: string, code: string) {
  const { home, store } = tempHome();
  expect((await runMain(['--store', store, '--answers', persona, '--out', join(home, 'plan.md')], { home })).code).toBe(0);
  const sent = await runMain(['--store', store, 'submit', '--to', url, '--agree', '--invite', code], { home });
  rmSync(home, { recursive: true, force: true });
  return sent;
}

/**
 * A student who types the printed line (here with --answers for the questions, at a terminal): the interview, the
 * plan on their own machine, then the offer to send; they say yes, read the record and agree. The class code goes
 * with it (--invite).
 */
async function interviewStudent(line: string): Promise<{ code: number; said: string; plan: string }> {
  const { home, store } = tempHome();
  const args = line.replace(/^npx clinical-path /, '').split(' ');
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = collector();
  const planFile = join(home, 'my-plan.md');
  const running = main(['--store', store, '--answers', persona, '--out', planFile, ...args], { stdin, stdout: collector(), stderr, env: testEnv(home) });
  await until(() => stderr.text().includes('? Shows what is sent first.'), stderr.text);
  stdin.write('yes\n');
  await until(() => stderr.text().includes('Type yes to agree and send it'), stderr.text);
  stdin.write('yes\n');
  const code = await running;
  const plan = readFileSync(planFile, 'utf8');
  rmSync(home, { recursive: true, force: true });
  return { code, said: stderr.text(), plan };
}

const settle = () => new Promise((r) => setTimeout(r, 250));
async function until(check: () => boolean, what: () => string) {
  for (let waited = 0; waited < 20_000; waited += 25) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out: ${what()}`);
}

/** Every block moves by at least K respondents from the one before (the first from none). */
function expectBatches(blocks: number[]) {
  let before = 0;
  for (const shown of blocks) {
    expect(shown - before).toBeGreaterThanOrEqual(K);
    before = shown;
  }
}

describe('clinical-path class: a teacher and ten students over loopback', () => {
  it('prints the student line, updates only in batches of K or more, suppresses small cells, and leaves nothing on disk', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-class-home-'));
    const tmp = mkdtempSync(join(tmpdir(), 'clinical-path-class-tmp-'));
    const homeBefore = listAll(home);
    const tmpBefore = listAll(tmp);
    const teacher = startClass([], home, tmp);
    try {
      const { text, url, code } = await teacher.line;
      expect(text).toMatch(/^npx clinical-path --survey http:\/\/127\.0\.0\.1:\d+ --invite [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(teacher.stdout()).toContain(`Listening on this machine only: ${url}.`);
      expect(teacher.stdout()).toContain('kept in memory only');
      const record = recordMaker(23);
      // Without the class code, nothing is taken.
      expect(await post(url, undefined, record())).toBe(403);
      expect(await post(url, 'ZZZZ-ZZZZ', record())).toBe(403);

      const observed: number[][] = [];
      const send = async (n: number) => {
        // Student 7 types the printed line (the interview, then the offer to send); students 3 and 10 run the real
        // submit; the others post as it does.
        if (n === 7) {
          const student = await interviewStudent(text);
          expect(student.code, student.said).toBe(0);
          expect(student.said).toMatch(/Sent: the survey at .* has stored your response/);
          // The plan is the student's, on their machine; the poll got the record only.
          expect(student.plan.length).toBeGreaterThan(200);
        } else if (n === 3 || n === 10) {
          const sent = await submitStudent(url, code);
          expect(sent.code, sent.stderr).toBe(0);
        } else expect(await post(url, code, record())).toBe(201);
        await settle();
        observed.push(teacher.blocks());
      };
      for (let n = 1; n <= 5; n += 1) await send(n);
      expect(teacher.blocks()).toEqual([]);
      await send(6);
      expect(teacher.blocks()).toEqual([6]);
      await send(7);
      await send(8);
      // Two waiting: u does not update.
      teacher.key('u');
      await until(() => teacher.stdout().includes('Not updated: 2 new responses waiting'), teacher.stdout);
      expect(teacher.blocks()).toEqual([6]);
      await send(9);
      expect(teacher.blocks()).toEqual([6]);
      teacher.key('u');
      await until(() => teacher.blocks().length === 2, teacher.stdout);
      expect(teacher.blocks()).toEqual([6, 9]);
      await send(10);
      expect(teacher.blocks()).toEqual([6, 9]);
      // A resend is no change: nothing moves.
      for (const shown of observed) expectBatches(shown);
      expectBatches(teacher.blocks());

      // Small cells are suppressed as in reports, in the view.
      const lastBlock = teacher.stdout().slice(teacher.stdout().lastIndexOf('Class poll, update 2'));
      expect(lastBlock).toContain(`Counts below ${K}, zeros included, are suppressed`);
      expect(lastBlock).toMatch(/ours suppressed/);
      expect(lastBlock).toMatch(/ASRT ░+ +78\.9%/);
      expect(lastBlock).toContain('9 responses in, 0 waiting for the next update');
      if (process.env.SHOW_CLASS) console.log(teacher.stdout());

      teacher.child.kill('SIGINT');
      expect(await teacher.exited).toBe(0);
      expect(teacher.stdout()).toContain('Class over: 10 responses in, 9 in the last view shown.');
      expect(teacher.stdout()).toContain('Nothing was written');
      expect(teacher.stderr()).toBe('');
      // Nothing on disk: the teacher's whole HOME and temporary folder are as they were.
      expect(listAll(home)).toEqual(homeBefore);
      expect(listAll(tmp)).toEqual(tmpBefore);
    } finally {
      teacher.child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);

  it('--keep DIR keeps the responses in a database folder; --out writes the Markdown summary of the last view; q ends it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-class-home-'));
    const tmp = mkdtempSync(join(tmpdir(), 'clinical-path-class-tmp-'));
    const keep = join(home, 'class-db');
    const out = join(home, 'class-summary.md');
    const teacher = startClass(['--keep', keep, '--out', out], home, tmp);
    try {
      const { url, code } = await teacher.line;
      expect(teacher.stdout()).toContain(`Responses are kept in ${keep} (--keep).`);
      const record = recordMaker(31);
      const sent: ResponseFile[] = [];
      for (let n = 1; n <= 7; n += 1) {
        const r = record();
        sent.push(r);
        expect(await post(url, code, r)).toBe(201);
      }
      await until(() => teacher.blocks().length === 1, teacher.stdout);
      await settle();
      expect(teacher.blocks()).toEqual([6]);
      teacher.key('q');
      expect(await teacher.exited).toBe(0);
      expect(teacher.stdout()).toContain(`Summary (the last view, against ASRT) written to ${out}.`);
      // The summary is the last view shown (six responses), as report --format markdown renders it.
      const expected = renderReportMarkdown(await reportOfResponses(exportedBank(bank), sent.slice(0, 6), K));
      expect(readFileSync(out, 'utf8')).toBe(expected);
      expect(expected).toContain('ASRT');
      // Every response is in the kept folder.
      const db = await openSurveyDb(keep);
      try {
        expect(await db.count()).toBe(7);
      } finally {
        await db.close();
      }
    } finally {
      teacher.child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 180_000);

  it('--out FILE.html writes the summary as the report’s HTML page (the same renderer as report --format html)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-class-home-'));
    const tmp = mkdtempSync(join(tmpdir(), 'clinical-path-class-tmp-'));
    const out = join(home, 'class-summary.html');
    const teacher = startClass(['--out', out], home, tmp);
    try {
      const { url, code } = await teacher.line;
      const record = recordMaker(32);
      const sent: ResponseFile[] = [];
      for (let n = 1; n <= 6; n += 1) {
        const r = record();
        sent.push(r);
        expect(await post(url, code, r)).toBe(201);
      }
      await until(() => teacher.blocks().length === 1, teacher.stdout);
      teacher.key('q');
      expect(await teacher.exited).toBe(0);
      const exported = exportedBank(bank);
      const expected = renderReport(await reportOfResponses(exported, sent, K), 'html', { html: { bank: { id: exported.id, version: exported.version, title: exported.title }, made: new Date() } });
      expect(readFileSync(out, 'utf8')).toBe(expected);
      expect(expected).toMatch(/^<!DOCTYPE html>/);
    } finally {
      teacher.child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 180_000);

  it('--host 0.0.0.0 says it listens on the local network, and the student line names the machine\'s address', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clinical-path-class-home-'));
    const tmp = mkdtempSync(join(tmpdir(), 'clinical-path-class-tmp-'));
    const teacher = startClass(['--host', '0.0.0.0'], home, tmp);
    try {
      const { url, code } = await teacher.line;
      const address = lanAddress();
      if (address) {
        expect(url).toMatch(new RegExp(`^http://${address.replace(/\./g, '\\.')}:\\d+$`));
        expect(teacher.stdout()).toContain(`Listening on your local network: ${url}`);
        expect(await post(url, code, recordMaker(41)())).toBe(201);
      } else {
        expect(teacher.stdout()).toContain('No local network address was found');
      }
      // Every interface: loopback reaches it too.
      const port = new URL(url).port;
      expect(await post(`http://127.0.0.1:${port}`, code, recordMaker(42)())).toBe(201);
      teacher.child.kill('SIGTERM');
      expect(await teacher.exited).toBe(0);
      expect(listAll(home)).toEqual([]);
      expect(listAll(tmp)).toEqual([]);
    } finally {
      teacher.child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses an --out in a folder that does not exist before starting', async () => {
    const { home } = tempHome();
    const result = await runMain(['class', '--port', '0', '--out', join(home, 'missing', 'summary.md')], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/folder .*missing does not exist\. Nothing was started\.\n$/);
  });

  it('refuses a K below 3 in one line', async () => {
    const { home } = tempHome();
    const result = await runMain(['class', '--min-cell', '2'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('--min-cell must be a whole number of at least 3 for a class (got 2).\n');
  });
});

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tinySections } from '../fixtures/tinyBank.js';
import { postPrimaryAnswers, tinyPlan } from '../fixtures/tinyPlan.js';
import { ROOT, runBin, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

const persona = (name: string) => join(ROOT, 'test', 'fixtures', 'answers', `${name}.json`);
let home: string;
let store: string;
const run = (args: string[], input?: string) => runMain(['--store', store, ...args], { home, input });

beforeEach(() => {
  ({ home, store } = tempHome());
});

describe('without a terminal', () => {
  it('the interview runs in plain mode; with empty stdin it stops at once: exit 1, progress kept, no raw-mode crash', async () => {
    const result = await run([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Question 1 of \d+, About you: /m);
    expect(result.stdout).not.toContain('\u001B');
    expect(result.stderr).toBe(
      'Input ended before the interview was finished; your answers so far are saved. Run clinical-path again to continue.\n',
    );
    expect(result.stderr).not.toMatch(/Raw mode|at .*\.js:\d+/);
  });

  it('prints the version, which the build writes into the bin', async () => {
    expect(runBin(['--store', store, '--version'], { home }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints the help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const word of ['plan', 'answers', 'reset', 'validate', '--store', '--answers', 'Exit codes']) expect(help.stdout).toContain(word);
  });

  it('rejects an unknown command with exit 2', async () => {
    const result = await run(['plna']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--help');
  });
});

describe('--answers FILE', () => {
  it('prints a plan with all four sections and saves the answers', async () => {
    const result = await run(['--answers', persona('ct-employed')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const title of ['Clinical site search', 'HIPAA training', 'Liability coverage', 'Credential timing']) expect(result.stdout).toContain(title);
    expect(result.stdout).toMatch(/as of \d{4}-\d{2}/i);
    expect(result.stdout).toContain('verify with');
    expect(result.stdout).not.toContain('\u001B[');
    const saved = await run(['answers', '--json']);
    expect(JSON.parse(saved.stdout).answers).toEqual(JSON.parse(readFileSync(persona('ct-employed'), 'utf8')).answers);
  });

  it('gives visibly different plans for different people', async () => {
    const ct = await run(['--answers', persona('ct-employed'), '--format', 'json']);
    const sono = await run(['--answers', persona('sonography-student-nm'), '--format', 'json']);
    const ids = (out: string) => (JSON.parse(out) as { sections: { items: { id: string }[] }[] }).sections.flatMap((s) => s.items.map((i) => i.id));
    const a = new Set(ids(ct.stdout));
    const b = new Set(ids(sono.stdout));
    const onlyA = [...a].filter((id) => !b.has(id));
    const onlyB = [...b].filter((id) => !a.has(id));
    expect(onlyA.length).toBeGreaterThanOrEqual(3);
    expect(onlyB.length).toBeGreaterThanOrEqual(3);
  });

  it('writes --out FILE readable only by the user, in each format', async () => {
    for (const format of ['text', 'markdown', 'json']) {
      const out = join(home, `plan.${format}`);
      const result = await run(['--answers', persona('ct-employed'), '--format', format, '--out', out]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(statSync(out).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(join(home, 'plan.markdown'), 'utf8')).toMatch(/^# /);
    const plan = JSON.parse(readFileSync(join(home, 'plan.json'), 'utf8'));
    expect(plan.sections.map((s: { id: string }) => s.id)).toEqual(['site_search', 'hipaa_training', 'liability_coverage', 'credential_timing']);
    expect(plan.asOf).toMatch(/^\d{4}-\d{2}$/);
    for (const item of plan.sections.flatMap((s: { items: unknown[] }) => s.items)) {
      expect(item).toMatchObject({ text: expect.any(String), why: expect.any(String), sources: expect.arrayContaining([expect.objectContaining({ title: expect.any(String) })]) });
    }
  });

  it.each([
    ['an unknown question id', { answers: { pathwya: 'post_primary' } }, /answers\.pathwya: unknown question “pathwya”/],
    ['an unknown option', { answers: { pathway: 'post_primary', site_types: ['hopsital'] } }, /answers\.site_types: “hopsital” is not an option of site_types/],
    ['no answers object', { pathway: 'post_primary' }, /expected an object/],
  ])('exits 2 on %s, naming it, and saves nothing', async (_name, document, message) => {
    const file = join(home, 'answers.json');
    writeFileSync(file, JSON.stringify(document));
    const result = await run(['--answers', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(file);
    expect(existsSync(join(store, 'answers.json'))).toBe(false);
  });

  it.each([
    ['a missing file', (f: string) => f, /file not found/],
    ['a folder', (f: string) => (mkdirSync(f), f), /is a directory/],
    ['broken YAML', (f: string) => (writeFileSync(f, 'answers:\n  pathway: [post_primary\n'), f), /line \d+/],
  ])('exits 2 on %s, in one or two lines without a stack trace', async (_name, make, message) => {
    const result = await run(['--answers', make(join(home, 'answers.yaml'))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('accepts YAML, saves a partial file and exits 1 naming what is left', async () => {
    const file = join(home, 'answers.yaml');
    writeFileSync(file, 'answers:\n  pathway: post_primary\n  discipline: ct\n');
    const result = await run(['--answers', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not answered: .*site_types/);
    expect(JSON.parse((await run(['answers', '--json'])).stdout).answers).toEqual({ pathway: 'post_primary', discipline: 'ct' });
    expect((await run(['plan'])).code).toBe(1);
  });
});

describe('plan, answers, reset', () => {
  it('plan, answers and export with nothing saved: exit 1, say how to start, and make no folder', async () => {
    const where = join(store, 'answers.json');
    expect(await run(['plan'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `No saved answers yet, so there is no plan (looked in ${where}).\nStart the interview: clinical-path\n`,
    });
    expect(await run(['answers'])).toEqual({ code: 1, stdout: `No saved answers yet (${where}).\nStart the interview: clinical-path\n`, stderr: '' });
    expect(await run(['export'])).toMatchObject({ code: 1, stderr: 'Nothing to export: there are no saved answers.\nStart the interview (clinical-path), then export.\n' });
    expect(await run(['reset', '--yes'])).toMatchObject({ code: 0, stdout: `Nothing to delete: no saved answers in ${where}.\n` });
    expect(existsSync(store)).toBe(false);
  });

  it('says where the answers are and how to see the plan again after --answers, with the command that works under npx', async () => {
    const result = await runMain(['--store', store, '--answers', persona('ct-employed')], { home, env: { npm_lifecycle_event: 'npx' } });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(-4)).toEqual([
      `Your answers are saved in ${join(store, 'answers.json')}.`,
      'See the plan again: npx clinical-path plan',
      'Save it as Markdown: npx clinical-path plan --format markdown --out plan.md',
      '',
    ]);
    // Not after a plan meant for a file or a program.
    expect((await run(['--answers', persona('ct-employed'), '--format', 'markdown'])).stdout).not.toContain('See the plan again');
  });

  it('--store with no folder is a usage error naming --store', async () => {
    for (const args of [['--store', '', 'plan'], ['--store', ' ']]) {
      const result = await runMain(args, { home });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([
        '--store needs a folder, e.g. --store ~/clinical-path-answers (or leave it out for the default).',
        'Run clinical-path --help for usage.',
      ]);
    }
  });

  it('plan prints the saved plan in every format', async () => {
    await run(['--answers', persona('ct-employed')]);
    expect((await run(['plan'])).stdout).toContain('Clinical site search');
    expect((await run(['plan', '--format', 'markdown'])).stdout).toMatch(/^# /);
    expect(JSON.parse((await run(['plan', '--format', 'json'])).stdout).sections).toHaveLength(4);
    expect((await run(['plan', '--format', 'pdf'])).code).toBe(2);
  });

  describe('--details', () => {
    // A small bank of its own (JSON is YAML), so the check does not depend on the shipped wording.
    const tinyBankFolder = () => {
      const dir = join(home, 'tiny');
      mkdirSync(join(dir, 'sections'), { recursive: true });
      writeFileSync(join(dir, 'bank.yaml'), JSON.stringify({ id: 'tiny', version: '1', title: 'Tiny bank' }));
      tinySections.forEach((section, i) => writeFileSync(join(dir, 'sections', `0${i + 1}.yaml`), JSON.stringify(section)));
      const plan = structuredClone(tinyPlan);
      plan.items[0]!.next_step = 'List three sites within driving distance.';
      plan.sources.hhs!.seed = true; // validate asks every source but the seed documents for an address
      writeFileSync(join(dir, 'plan.yaml'), JSON.stringify(plan));
      const answers = join(home, 'answers.json');
      writeFileSync(answers, JSON.stringify({ answers: { ...postPrimaryAnswers, obstacle: '' } }));
      return { dir, answers };
    };
    const SHORT = '    Why: applies to everyone · Sources: ASRT clinical-site survey\n';
    const FULL = '    Why: Everyone needs a clinical site.\n    Sources: ASRT clinical-site survey (https://www.asrt.org/survey), checked\n      2026-11\n';

    it('shows every Why and Sources line in full, after the interview with --answers and with plan', async () => {
      const { dir, answers } = tinyBankFolder();
      const short = await run(['--questions', dir, '--answers', answers]);
      expect(short.stderr).toBe('');
      expect(short.code).toBe(0);
      expect(short.stdout).toContain('Your next steps\n  1. List three sites within driving distance.\n     → see “List nearby sites” in Clinical site search\n');
      expect(short.stdout).toContain(SHORT);
      expect(short.stdout).not.toContain('https://');
      for (const args of [['--answers', answers, '--details'], ['plan', '--details']]) {
        const full = await run(['--questions', dir, ...args]);
        expect(full.stderr).toBe('');
        expect(full.code).toBe(0);
        expect(full.stdout).toContain(FULL);
        expect(full.stdout).not.toContain(SHORT);
      }
      // The same plan, without the closing lines that follow it after --answers.
      expect(short.stdout.startsWith((await run(['--questions', dir, 'plan'])).stdout)).toBe(true);
    });

    it('changes nothing in Markdown or JSON, which are always in full', async () => {
      const { dir, answers } = tinyBankFolder();
      await run(['--questions', dir, '--answers', answers]);
      for (const format of ['markdown', 'json']) {
        const plain = await run(['--questions', dir, 'plan', '--format', format]);
        expect(plain.code).toBe(0);
        expect((await run(['--questions', dir, 'plan', '--format', format, '--details'])).stdout).toBe(plain.stdout);
      }
      expect((await run(['--questions', dir, 'plan', '--format', 'markdown'])).stdout).toContain('**Why:** Everyone needs a clinical site.');
    });

    it('is in the help of plan and of the interview', async () => {
      for (const args of [['plan', '--help'], ['--help']]) {
        const help = await run(args);
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(/--details\s+Show every Why and Sources line in full/);
      }
    });
  });

  it('answers lists labels and where they are saved', async () => {
    await run(['--answers', persona('ct-employed')]);
    const result = await run(['answers']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(join(store, 'answers.json'));
    expect(result.stdout).toContain('complete');
  });

  it('reset --yes deletes the saved file and says which; without --yes and no terminal it refuses', async () => {
    await run(['--answers', persona('ct-employed')]);
    const refused = await run(['reset']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(existsSync(join(store, 'answers.json'))).toBe(true);
    const result = await run(['reset', '--yes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(join(store, 'answers.json'));
    expect(readdirSync(store)).toEqual([]);
  });

  it('CLINICAL_PATH_HOME puts the store elsewhere', async () => {
    const elsewhere = join(home, 'elsewhere');
    await runMain(['--answers', persona('ct-employed')], { home, env: { CLINICAL_PATH_HOME: elsewhere } });
    expect(existsSync(join(elsewhere, 'answers.json'))).toBe(true);
  });

  it('a damaged store file is moved aside, the user is told where, and nothing is lost', async () => {
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, 'answers.json'), '{"format": "clinical-path/progress", "answ');
    const result = await run(['answers']);
    expect(result.stderr).toMatch(/moved to .*answers\.json\.damaged-/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const backup = readdirSync(store).find((n) => n.startsWith('answers.json.damaged-'));
    expect(readFileSync(join(store, backup!), 'utf8')).toContain('"answ');
  });
});

describe('validate', () => {
  it('accepts the shipped bank', async () => {
    const result = await run(['validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid: bank clinical-path/);
  });

  it('lists every problem with file, question id and field, and the interview refuses to start', async () => {
    const copy = join(home, 'bank');
    cpSync(join(ROOT, 'questions'), copy, { recursive: true });
    const sections = readdirSync(join(copy, 'sections')).sort();
    const first = join(copy, 'sections', sections[0]!);
    writeFileSync(first, readFileSync(first, 'utf8').replace(/kind: single/, 'kind: dropdown'));
    const last = join(copy, 'sections', sections.at(-1)!);
    writeFileSync(last, readFileSync(last, 'utf8').replace(/show_if:/, 'show_iff:'));
    const result = await run(['validate', copy]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`${sections[0]}: pathway: kind: `));
    expect(result.stderr).toMatch(/show_iff/);
    expect((await run(['--questions', copy, '--answers', persona('ct-employed')])).code).toBe(2);
  });
});

describe('a store folder that cannot be used', () => {
  it.each([
    ['--answers', (file: string) => ['--answers', file]],
    ['the plain interview', () => []],
    ['plan', () => ['plan']],
  ])('%s says so in words and exits 2, with no stack trace', async (_name, args) => {
    writeFileSync(join(home, 'afile'), 'not a folder');
    const blocked = join(home, 'afile', 'store');
    const result = await runMain(['--store', blocked, ...args(persona('ct-employed'))], { home, input: '1\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Cannot save answers in ${blocked}: part of that path is a file, not a folder.`);
    expect(result.stderr).toContain('--store DIR');
    expect(result.stderr).not.toMatch(/\n\s+at |unexpected error/);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticResponse, seeded } from '../bench/syntheticResponses.mjs';
import { BIN, ROOT, tempHome, testEnv } from './runBin.js';
import { runMain } from './runMain.js';

let home: string;
const run = (args: string[], input?: string) => runMain(args, { home, input });
const persona = (name: string) => join(ROOT, 'test', 'fixtures', 'answers', `${name}.json`);

/** Finishes an interview from a persona file in its own store and exports it; returns the response file. */
async function exportFrom(name: string, extra: string[] = []): Promise<string> {
  const store = join(home, `store-${name}`);
  expect((await runMain(['--store', store, '--answers', persona(name), '--out', join(home, 'plan.txt')], { home })).code).toBe(0);
  const out = join(home, `${name}${extra.length ? '-text' : ''}.json`);
  const result = await runMain(['--store', store, 'export', '--agree', '--out', out, ...extra], { home });
  expect(result.code).toBe(0);
  return out;
}

function writeSynthetic(path: string, count: number, seed = 7): void {
  const random = seeded(seed);
  writeFileSync(path, Array.from({ length: count }, () => JSON.stringify(syntheticResponse(random))).join('\n') + '\n');
}

beforeEach(() => {
  ({ home } = tempHome());
});

describe('export', () => {
  it('writes the pseudonymous response: same id twice, nothing identifying, text only when asked and masked', async () => {
    const first = JSON.parse(readFileSync(await exportFrom('sonography-student-nm'), 'utf8'));
    expect(Object.keys(first).sort()).toEqual(['answers', 'bank', 'consentVersion', 'format', 'formatVersion', 'month', 'responseId', 'revision']);
    expect(first.responseId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.month).toMatch(/^\d{4}-\d{2}$/);
    expect(first.bank).toEqual({ id: 'clinical-path', version: '2026.12' });
    expect(first.answers).not.toHaveProperty('obstacle');
    const text = JSON.stringify(first);
    for (const canary of [home, process.env.USER ?? 'root', 'T', ':']) if (canary.length > 3) expect(text).not.toContain(canary);
    expect(statSync(join(home, 'sonography-student-nm.json')).mode & 0o777).toBe(0o600);

    const again = JSON.parse(readFileSync(await exportFrom('sonography-student-nm', ['--include-text']), 'utf8'));
    expect(again.responseId).toBe(first.responseId);
    expect(again.answers.obstacle).toBe('Finding a site near home');
  });

  it('masks e-mail addresses and phone numbers in the free text', async () => {
    const store = join(home, 'store');
    const answers = JSON.parse(readFileSync(persona('ct-employed'), 'utf8'));
    answers.answers.obstacle = 'Call me at (555) 123-4567 or write jo.doe@example.org';
    writeFileSync(join(home, 'a.json'), JSON.stringify(answers));
    await runMain(['--store', store, '--answers', join(home, 'a.json'), '--out', join(home, 'p.txt')], { home });
    const out = await runMain(['--store', store, 'export', '--agree', '--include-text'], { home });
    const obstacle = JSON.parse(out.stdout).answers.obstacle;
    expect(obstacle).not.toMatch(/555|jo\.doe|example\.org/);
    expect(obstacle).toContain('[phone]');
    expect(obstacle).toContain('[email]');
  });

  it('exports nothing for an unfinished interview (exit 1, saying why); reset makes a new id', async () => {
    const store = join(home, 'store');
    const incomplete = await run(['--store', store, 'export', '--agree']);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toMatch(/no saved answers/);
    const first = JSON.parse(readFileSync(await exportFrom('ct-employed'), 'utf8')).responseId;
    await runMain(['--store', join(home, 'store-ct-employed'), 'reset', '--yes'], { home });
    const second = JSON.parse(readFileSync(await exportFrom('ct-employed'), 'utf8')).responseId;
    expect(second).not.toBe(first);
  });
});

describe('collect', () => {
  it.each(['jsonl', 'csv', 'redcap'])('merges folders, .json and .jsonl, removes duplicates and reports them (%s)', async (format) => {
    const folder = join(home, 'in', 'nested');
    mkdirSync(folder, { recursive: true });
    const one = await exportFrom('ct-employed');
    writeFileSync(join(folder, 'copy.json'), readFileSync(one));
    writeSynthetic(join(home, 'in', 'many.jsonl'), 20);
    const out = join(home, `merged.${format}`);
    const result = await run(['collect', one, join(home, 'in'), '--format', format, '--out', out]);
    expect(result.stderr).toContain('21 responses written');
    expect(result.stderr).toContain('1 duplicate removed');
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(format === 'jsonl' ? 21 : 22);
    if (format === 'redcap') {
      expect(lines[0]).toMatch(/^record_id,response_id,response_month,bank_version,pathway,/);
      expect(lines[0]).toContain('site_types___hospital');
      expect(lines[0]!.split(',')).toHaveLength(lines[1]!.split(',').length);
    }
  });

  it('reads standard input with -', async () => {
    writeSynthetic(join(home, 'x.jsonl'), 3);
    const result = await runMain(['collect', '-'], { home, input: readFileSync(join(home, 'x.jsonl'), 'utf8') });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it('writes into a FIFO in place instead of replacing it', async () => {
    const fifo = join(home, 'pipe');
    spawnSync('mkfifo', [fifo]);
    writeSynthetic(join(home, 'x.jsonl'), 2);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (d) => (received += d));
    const read = new Promise((resolve) => reader.on('close', resolve));
    const writer = spawn(process.execPath, [BIN, 'collect', join(home, 'x.jsonl'), '--out', fifo], { env: testEnv(home) });
    await Promise.all([new Promise((resolve) => writer.on('close', resolve)), read]);
    expect(received.trimEnd().split('\n')).toHaveLength(2);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('bad input to collect and report', () => {
  const valid = () => JSON.stringify(syntheticResponse(seeded(3)));
  it.each<[string, () => string[], RegExp, number?]>([
    ['a file that is not JSON', () => [write('notes.json', 'hello there')], /notes\.json:1: not valid JSON/],
    ['a truncated line', () => [write('cut.jsonl', `${valid()}\n${valid().slice(0, 60)}\n`)], /cut\.jsonl:2: not valid JSON \(the record looks cut short\)/, 2],
    ['an unknown option', () => [write('bad.json', valid().replace('"hipaa_training":"', '"hipaa_training":"x'))], /bad\.json:1: answers\.hipaa_training: .* is not an option/],
    ['another bank version', () => [write('old.json', valid().replace('2026.12', '2025.01'))], /old\.json:1: bank version 2025\.01, expected 2026\.12/],
    ['an empty folder', () => [(mkdirSync(join(home, 'empty')), join(home, 'empty'))], /empty: no \.json or \.jsonl files/],
    ['a missing file', () => [join(home, 'nope.jsonl')], /nope\.jsonl: no such file/],
  ])('%s: file:line and reason, exit 2, nothing written; --skip-invalid counts it', async (_name, make, message, respondents = 1) => {
    const paths = make();
    const out = join(home, 'merged.jsonl');
    const result = await run(['collect', ...paths, write('good.jsonl', `${valid()}\n`), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('nothing written');
    expect(readdirSync(home)).not.toContain('merged.jsonl');
    expect(readdirSync(home).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const report = await run(['report', ...paths, join(home, 'good.jsonl'), '--format', 'json', '--skip-invalid']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ respondents, invalid: 1 });
  });

  it('strips terminal escapes from values in other people\'s files before printing them', async () => {
    const hostile = valid().replace('"hipaa_training":"', '"hipaa_training":"\\u001b]8;;http://evil\\u0007\\u001b[31m');
    const result = await run(['report', write('hostile.json', hostile)]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('\u001B');
    expect(result.stderr).not.toContain('\u0007');
  });

  function write(name: string, text: string): string {
    writeFileSync(join(home, name), text);
    return join(home, name);
  }
});

describe('report', () => {
  it.each(['text', 'markdown', 'csv', 'json'])('reports in %s with the ASRT figures beside ours', async (format) => {
    writeSynthetic(join(home, 'r.jsonl'), 200);
    const result = await run(['report', join(home, 'r.jsonl'), '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(format === 'csv' || format === 'json' ? '78.9' : 'ASRT');
    if (format === 'json') {
      const report = JSON.parse(result.stdout);
      expect(report).toMatchObject({ respondents: 200, duplicatesRemoved: 0, invalid: 0 });
      const sites = report.questions.find((q: { id: string }) => q.id === 'site_types');
      expect(sites).toMatchObject({ kind: 'multi', answered: 200 });
      expect(sites.options.find((o: { value: string }) => o.value === 'hospital')).toMatchObject({ baselinePercent: 78.9, suppressed: false });
    }
    if (format === 'text') expect(result.stdout).toContain('may sum to more than 100%');
  });

  it('suppresses small counts, marked rather than blank, with --min-cell', async () => {
    writeSynthetic(join(home, 'r.jsonl'), 12);
    const report = JSON.parse((await run(['report', join(home, 'r.jsonl'), '--format', 'json', '--min-cell', '5'])).stdout);
    const cells = report.questions.flatMap((q: { options: { count: number | null; suppressed: boolean }[] }) => q.options);
    expect(cells.some((c: { suppressed: boolean }) => c.suppressed)).toBe(true);
    for (const c of cells) {
      if (c.suppressed) expect(c.count).toBeNull();
      else expect(c.count === 0 || c.count >= 5).toBe(true);
    }
    expect((await run(['report', join(home, 'r.jsonl'), '--min-cell', '1'])).code).toBe(2);
  });
});

describe('dictionary', () => {
  it('prints a REDCap data dictionary and JSON', async () => {
    const redcap = await run(['dictionary']);
    expect(redcap.code).toBe(0);
    expect(redcap.stdout.split('\n')[0]).toMatch(/^"?Variable \/ Field Name"?,"?Form Name"?/);
    expect(redcap.stdout).toMatch(/\nobstacle,[^\n]*,y,/);
    const json = JSON.parse((await run(['dictionary', '--format', 'json'])).stdout);
    expect(json.questions.map((q: { id: string }) => q.id)).toContain('site_types');
  });
});

describe('collect reports k-anonymity over the declared quasi-identifiers', () => {
  it('names them, the smallest group and the share of records in groups under 5', async () => {
    const random = seeded(11);
    const lines: string[] = [];
    // Six records alike, and two that differ from them and from each other only in region.
    for (let i = 0; i < 8; i += 1) {
      const record = syntheticResponse(random) as { answers: Record<string, unknown> };
      record.answers.state = i < 6 ? 'south' : i === 6 ? 'west' : 'midwest';
      lines.push(JSON.stringify(record));
    }
    writeFileSync(join(home, 'k.jsonl'), `${lines.join('\n')}\n`);
    const result = await run(['collect', join(home, 'k.jsonl')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'k-anonymity over state, pathway, discipline, credentials_held, employment: the smallest group sharing all of them has 1 record; 2 of 8 (25%) are in groups smaller than 5.',
    );
  });
});

describe('revisions: collect and report keep the highest revision of each response id, whatever the order', () => {
  const write = (name: string, records: object[]) => {
    writeFileSync(join(home, name), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    return join(home, name);
  };
  const pair = () => {
    const random = seeded(21);
    const first = syntheticResponse(random);
    const answers: Record<string, string | string[]> = { ...first.answers, liability_required: 'no' };
    delete answers.liability_source;
    const second = { ...first, revision: 2, answers };
    first.answers.liability_required = 'yes';
    first.answers.liability_source = 'own_policy';
    const others = Array.from({ length: 4 }, () => syntheticResponse(random));
    return { first, second, others };
  };

  it('re-exports read in both orders give the same collected set, and the replaced revision is counted', async () => {
    const { first, second, others } = pair();
    const newerLast = await run(['collect', write('a.jsonl', [first, ...others]), write('b.jsonl', [second])]);
    const newerFirst = await run(['collect', write('c.jsonl', [second]), write('d.jsonl', [...others, first])]);
    expect(newerLast.code).toBe(0);
    expect(newerFirst.code).toBe(0);
    const kept = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as { responseId: string; revision: number }).sort((a, b) => a.responseId.localeCompare(b.responseId));
    expect(kept(newerLast.stdout)).toEqual(kept(newerFirst.stdout));
    expect(kept(newerLast.stdout).find((r) => r.responseId === first.responseId)).toMatchObject({ revision: 2, answers: { liability_required: 'no' } });
    expect(kept(newerLast.stdout)).toHaveLength(5);
    expect(newerLast.stderr).toContain('5 responses (0 duplicates removed, 1 earlier revision replaced).');

    const report = async (paths: string[]) => JSON.parse((await run(['report', ...paths, '--format', 'json', '--min-cell', '2'])).stdout) as unknown;
    expect(await report([join(home, 'a.jsonl'), join(home, 'b.jsonl')])).toEqual(await report([join(home, 'c.jsonl'), join(home, 'd.jsonl')]));
  });

  it('a later revision through standard input: one line, exit 2, nothing written', async () => {
    const { first, second } = pair();
    const result = await run(['collect', '-'], `${JSON.stringify(first)}\n${JSON.stringify(second)}\n`);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cannot be read twice');
  });
});

describe('collect --k-anonymity K', () => {
  const IDS = ['state', 'pathway', 'discipline', 'credentials_held', 'employment'];
  const keyText = (answers: Record<string, unknown>) => IDS.map((id) => (Array.isArray(answers[id]) ? [...(answers[id] as string[])].sort().join('+') : answers[id]));

  it('leaves every record with k ≥ K, says exactly what it blanked, and writes records report can read again', async () => {
    const random = seeded(31);
    const input = Array.from({ length: 30 }, (_, i) => {
      const record = syntheticResponse(random);
      record.answers.state = ['south', 'west', 'midwest', 'northeast', 'puerto_rico'][i % 7 % 5]!;
      if (i % 8 === 0) record.answers.discipline = 'mri';
      return record;
    });
    writeFileSync(join(home, 'k.jsonl'), `${input.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const result = await run(['collect', join(home, 'k.jsonl'), '--k-anonymity', '3', '--out', join(home, 'safe.jsonl')]);
    expect(result.code).toBe(0);
    const read = (name: string) => readFileSync(join(home, name), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { responseId: string; answers: Record<string, unknown> });
    const output = read('safe.jsonl');
    expect(output.map((r) => r.responseId)).toEqual(input.map((r) => r.responseId));
    // What collect writes without the option: the records as checked, the baseline for what changed.
    expect((await run(['collect', join(home, 'k.jsonl'), '--out', join(home, 'plain.jsonl')])).code).toBe(0);
    const plain = read('plain.jsonl');

    // k by definition, record by record, a missing value matching anything.
    const keys = output.map((r) => keyText(r.answers));
    for (const me of keys) {
      const k = keys.filter((other) => me.every((v, q) => v === undefined || other[q] === undefined || other[q] === v)).length;
      expect(k).toBeGreaterThanOrEqual(3);
    }
    // The change line against a diff of input and output.
    const blanked = IDS.map((id) => output.filter((r, i) => plain[i]!.answers[id] !== undefined && r.answers[id] === undefined).length);
    const changed = output.filter((r, i) => JSON.stringify(r.answers) !== JSON.stringify(plain[i]!.answers)).length;
    expect(changed).toBeGreaterThan(0);
    const named = IDS.flatMap((id, q) => (blanked[q]! > 0 ? [`${id} in ${blanked[q]}`] : [])).join(', ');
    expect(result.stderr).toContain(`--k-anonymity 3: ${changed} record${changed === 1 ? '' : 's'} changed, values blanked: ${named}`);
    expect((await run(['report', join(home, 'safe.jsonl')])).code).toBe(0);
  });

  it.each(['1', '2.5'])('K = %s: one line naming the option, exit 2, nothing written', async (k) => {
    writeSynthetic(join(home, 'x.jsonl'), 3);
    const result = await run(['collect', join(home, 'x.jsonl'), '--k-anonymity', k, '--out', join(home, 'none.jsonl')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`--k-anonymity must be a whole number of at least 2 (got ${k}).\n`);
    expect(() => readFileSync(join(home, 'none.jsonl'))).toThrow();
  });
});

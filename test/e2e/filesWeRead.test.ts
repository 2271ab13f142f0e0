// Issue 6, "Files we read": every file the app reads, against every way a file can be wrong. Each row runs
// the program (main, in this process, from the temporary home) and expects exit 2, one or two plain lines naming the file (and line, where there is one)
// with the reason, and nothing written anywhere under the temporary home.
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seeded, syntheticResponse } from '../bench/syntheticResponses.mjs';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

/** Where a semantically wrong file goes (relative to home), what it holds, and what the message says. */
type Sample = { file?: string; text: string; message: RegExp };

interface Reader {
  name: string;
  /** The file the generic rows replace, relative to home; its valid text comes from `valid`. */
  target: string;
  valid: () => string;
  /** Command lines reading `target` (run from home); --out paths must not appear. */
  runs: string[][];
  setup?: (home: string) => void;
  /** A missing file, as this reader meets one (a dangling link, for files found by listing a folder). */
  missing: (path: string) => void;
  /** The message for a UTF-8 file with a Latin-1 "é" added after the valid text. */
  latin1: { bytes: (valid: string) => Buffer; message: RegExp };
  duplicate: Sample;
  wrongType: Sample;
  unknownId: Sample;
  /** JSON-only readers have no aliases to bomb. */
  yaml: boolean;
}

const bankFile = (name: string) => readFileSync(join(ROOT, 'questions', name), 'utf8');
const response = (seed: number) => JSON.stringify(syntheticResponse(seeded(seed)));
const copyBank = (home: string) => cpSync(join(ROOT, 'questions'), join(home, 'bank'), { recursive: true });
const remove = (path: string) => rmSync(path, { force: true });
const dangle = (path: string) => (rmSync(path, { force: true }), symlinkSync(join(path, '..', 'gone.yaml'), path));
const withComment = (valid: string) => Buffer.concat([Buffer.from(`${valid.trimEnd()}\n`), Buffer.from('# caf\u00e9\n', 'latin1')]);
const commentLine = (valid: string) => new RegExp(`line ${valid.trimEnd().split('\n').length + 1}: not UTF-8 text \\(byte 0xE9`);
const answersFile = readFileSync(join(ROOT, 'test', 'fixtures', 'answers', 'ct-employed.json'), 'utf8');
const persona = bankFile('personas/01-turned-down.yaml');

const readers: Reader[] = [
  {
    name: '--answers FILE',
    target: 'answers.json',
    valid: () => answersFile,
    runs: [['--store', 'store', '--answers', 'answers.json', '--out', 'plan.txt']],
    missing: remove,
    latin1: { bytes: withComment, message: commentLine(answersFile) },
    duplicate: { text: '{"answers": {\n"pathway": "post_primary",\n"pathway": "primary"}}', message: /line 3: the key “pathway” appears twice/ },
    wrongType: { text: '{"answers": {"pathway": 5}}', message: /answers\.pathway: / },
    unknownId: { text: '{"answers": {"pathwya": "post_primary"}}', message: /unknown question “pathwya”/ },
    yaml: true,
  },
  {
    name: 'question bank (--questions DIR, validate DIR)',
    target: 'bank/bank.yaml',
    valid: () => bankFile('bank.yaml'),
    setup: copyBank,
    runs: [['--questions', 'bank', '--store', 'store', '--answers', join(ROOT, 'test', 'fixtures', 'answers', 'ct-employed.json'), '--out', 'plan.txt'], ['validate', 'bank']],
    missing: remove,
    latin1: { bytes: withComment, message: commentLine(bankFile('bank.yaml')) },
    duplicate: { text: `${bankFile('bank.yaml')}id: again\n`, message: /line \d+: the key “id” appears twice/ },
    wrongType: { text: bankFile('bank.yaml').replace('version: "2026.12"', 'version: [2026, 12]'), message: /version: / },
    unknownId: {
      file: 'bank/sections/02-clinical-site.yaml',
      text: bankFile('sections/02-clinical-site.yaml').replace('    kind: multi\n', '    kind: multi\n    show_if: { question: nosuch, in: [x] }\n'),
      message: /site_types: show_if.*unknown question “nosuch”/,
    },
    yaml: true,
  },
  {
    name: 'persona (demo, validate)',
    target: 'bank/personas/01-turned-down.yaml',
    valid: () => persona,
    setup: copyBank,
    runs: [['demo', '--questions', 'bank', '--list'], ['validate', 'bank']],
    missing: dangle,
    latin1: { bytes: withComment, message: commentLine(persona) },
    duplicate: { text: `${persona}name: Again\n`, message: /line \d+: the key “name” appears twice/ },
    wrongType: { text: persona.replace('name: Dana', 'name: [Dana]'), message: /name: / },
    unknownId: { text: persona.replace('  pathway: post_primary', '  pathway: post_primary\n  pathwya: post_primary'), message: /answers\.pathwya: unknown question “pathwya”/ },
    yaml: true,
  },
  {
    name: 'response file, .jsonl (collect, report)',
    target: 'responses.jsonl',
    valid: () => `${response(1)}\n${response(2)}\n`,
    runs: [['collect', 'responses.jsonl', '--out', 'merged.jsonl'], ['report', 'responses.jsonl', '--out', 'report.txt']],
    missing: remove,
    latin1: { bytes: (valid) => Buffer.concat([Buffer.from(valid), Buffer.from(response(3).replace('"month"', '"m\u00e9nth"'), 'latin1')]), message: /:3: not UTF-8 text \(byte 0xE9/ },
    duplicate: { text: `${response(1)}\n${response(2).replace(/}$/, ',"month":"2020-01"}')}\n`, message: /:2: the key “month” appears twice/ },
    wrongType: { text: response(1).replace(/"answers":\{.*\}\}$/, '"answers":5}'), message: /:1: answers: expected/ },
    unknownId: { text: response(1).replace('"answers":{', '"answers":{"pathwya":"x",'), message: /:1: answers\.pathwya: unknown question/ },
    yaml: false,
  },
  {
    name: 'response file, .json (collect)',
    target: 'response.json',
    valid: () => response(1),
    runs: [['collect', 'response.json', '--out', 'merged.jsonl']],
    missing: remove,
    latin1: { bytes: (valid) => Buffer.from(valid.replace('"month"', '\n"m\u00e9nth"'), 'latin1'), message: /:2: not UTF-8 text \(byte 0xE9/ },
    duplicate: { text: response(1).replace(/}$/, ',\n"month":"2020-01"}'), message: /:2: the key “month” appears twice/ },
    wrongType: { text: '[1, 2]', message: /expected a JSON object/ },
    unknownId: { text: response(1).replace('"answers":{', '"answers":{"pathwya":"x",'), message: /answers\.pathwya: unknown question/ },
    yaml: false,
  },
];

/** Billion laughs: 9 aliases on each of 8 levels, 9^8 strings once expanded. */
const aliasBomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`))
  .join('\n');

let shared: string;
let huge: string;
beforeAll(() => {
  // Made once, at test time, and linked into place: 50 MB is never committed and never written twice.
  shared = mkdtempSync(join(tmpdir(), 'clinical-path-big-'));
  huge = join(shared, 'huge');
  writeFileSync(huge, `{"answers": {"obstacle": "${'x'.repeat(50 * 1024 * 1024)}"}}\n`);
});
afterAll(() => rmSync(shared, { recursive: true, force: true }));

type Case = [name: string, make: (path: string, reader: Reader) => void, message: RegExp | ((reader: Reader) => RegExp)];
const write = (content: string | Buffer) => (path: string) => writeFileSync(path, content);
const cases: Case[] = [
  ['an empty file', write(''), /: is empty/],
  ['a huge file (50 MB)', (path) => (remove(path), symlinkSync(huge, path)), /too large \((50 MB|larger than 1 MB)\); .* is at most \d MB/],
  ['a binary file', write(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), randomBytes(4096)])), /is not a text file/],
  ['UTF-16 with a byte-order mark', (path, r) => writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(r.valid(), 'utf16le')])), /is saved as UTF-16; save it as UTF-8/],
  ['UTF-16 without a byte-order mark', (path, r) => writeFileSync(path, Buffer.from(r.valid(), 'utf16le')), /UTF-16.*save it as UTF-8/],
  ['Latin-1 text (invalid UTF-8)', (path, r) => writeFileSync(path, r.latin1.bytes(r.valid())), (r) => r.latin1.message],
  ['deeply nested JSON (100,000 levels)', write(`${'['.repeat(100_000)}${']'.repeat(100_000)}\n`), /line 1: nested too deeply|:1: nested too deeply/],
  ['a YAML alias bomb', write(aliasBomb), /line 2: too many aliases/],
  ['duplicate keys', () => {}, (r) => r.duplicate.message],
  ['a value of the wrong type', () => {}, (r) => r.wrongType.message],
  ['an unknown id', () => {}, (r) => r.unknownId.message],
  ['a directory instead of a file', (path) => (remove(path), mkdirSync(path)), /is a directory, not a file|no \.json or \.jsonl files in this folder/],
  ['a missing file', (path, r) => r.missing(path), /file not found|no such file or folder/],
];

/** Every file and folder under `dir` with its size and modification time: any write shows up as a difference. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = lstatSync(join(dir, name));
      return `${name} ${stat.size} ${stat.mtimeMs}`;
    });
}

/** The program run in this process from `home`, as the bin would be: every path in the rows is relative to it. */
const run = (args: string[], { home }: { home: string }) => runMain(args, { home, cwd: home });

describe.concurrent.each(readers)('$name', (reader) => {
  const sample = (name: string): Sample | undefined =>
    name === 'duplicate keys' ? reader.duplicate : name === 'a value of the wrong type' ? reader.wrongType : name === 'an unknown id' ? reader.unknownId : undefined;
  const rows = cases.filter(([name]) => reader.yaml || name !== 'a YAML alias bomb');

  it.each(rows)('%s: exit 2, file and reason in at most two lines, nothing written', async (name, make, message) => {
    const { home } = tempHome();
    reader.setup?.(home);
    const semantic = sample(name);
    const file = semantic?.file ?? reader.target;
    if (semantic) writeFileSync(join(home, file), semantic.text);
    else make(join(home, file), reader);
    const before = snapshot(home);
    for (const args of reader.runs) {
      const result = await run(args, { home });
      const where = `${args.join(' ')}\n${result.stderr}`;
      expect(result.code, where).toBe(2);
      expect(result.stderr, where).toContain(file.replace(/^bank\//, ''));
      expect(result.stderr, where).toMatch(typeof message === 'function' ? message(reader) : message);
      expect(result.stderr.trimEnd().split('\n').length, where).toBeLessThanOrEqual(2);
      expect(result.stderr, where).not.toMatch(/Error:|\n\s+at |unexpected error|Maximum call stack|resource exhaustion/i);
      expect(snapshot(home), where).toEqual(before);
    }
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission: exit 2, "permission denied", nothing written', async () => {
    const { home } = tempHome();
    reader.setup?.(home);
    writeFileSync(join(home, reader.target), reader.valid());
    chmodSync(join(home, reader.target), 0o000);
    const before = snapshot(home);
    for (const args of reader.runs) {
      const result = await run(args, { home });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/permission denied/);
      expect(result.stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2);
      expect(snapshot(home)).toEqual(before);
    }
  });

  it('accepts the valid file with a UTF-8 byte-order mark', async () => {
    const { home } = tempHome();
    reader.setup?.(home);
    writeFileSync(join(home, reader.target), `\uFEFF${reader.valid()}`);
    for (const args of reader.runs) {
      const result = await run(args, { home });
      expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(0);
    }
  });
});

import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seeded, syntheticResponse } from '../bench/syntheticResponses.mjs';
import { FORMULAS, HOSTILE_TEXT, HOSTILE_WORDS, RAW_UNSAFE, parseCsv } from './hostileSamples.js';
import { ROOT, tempHome } from './runBin.js';
import { runMain } from './runMain.js';

/**
 * Issue 6, hostile content, through the built bin: escapes, controls, bidi and invisible characters in a person's own
 * answers, in other people's response files and in a question bank never reach the terminal or a text output raw.
 * JSON may carry them only as \u escapes (free text is kept as typed, everything printed is sanitized).
 */

let home: string;
let store: string;
const run = (args: string[], input?: string) => runMain(['--store', store, ...args], { home, input });
const persona = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'answers', 'ct-employed.json'), 'utf8')) as { answers: Record<string, unknown> };
/** Everything a command printed, both streams. */
const printed = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;
const write = (name: string, text: string) => (writeFileSync(join(home, name), text), join(home, name));
const response = (seed: number, answers: Record<string, unknown> = {}) => {
  const r = syntheticResponse(seeded(seed)) as { answers: Record<string, unknown> };
  return { ...r, answers: { ...r.answers, ...answers } };
};

beforeAll(async () => {
  ({ home, store } = tempHome());
  mkdirSync(home, { recursive: true });
  const answers = write('answers.json', JSON.stringify({ answers: { ...persona.answers, obstacle: HOSTILE_TEXT } }));
  const first = await run(['--answers', answers]);
  expect(first.code).toBe(0);
  expect(printed(first)).not.toMatch(RAW_UNSAFE);
});

describe('a hostile free-text answer (the obstacle, from --answers FILE)', () => {
  it('is stored exactly as typed, and answers --json shows it only as escapes', async () => {
    const result = await run(['answers', '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_UNSAFE);
    expect(JSON.parse(result.stdout).answers.obstacle).toBe(HOSTILE_TEXT);
  });

  it.each([
    ['answers', ['answers']],
    ['plan', ['plan']],
    ['plan --format markdown', ['plan', '--format', 'markdown']],
    ['plan --format json', ['plan', '--format', 'json']],
    ['export', ['export']],
    ['export --include-text', ['export', '--include-text']],
  ])('%s prints nothing raw', async (name, args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(printed(result)).not.toMatch(RAW_UNSAFE);
    expect(printed(result)).not.toContain('evil.example');
    // The person's words stay; only the payload (link target, clipboard data, cursor moves) goes.
    const shown =
      name === 'answers' ? result.stdout.split('\n').find((l) => l.startsWith('Your biggest obstacle:'))
      : name === 'export --include-text' ? (JSON.parse(result.stdout).answers.obstacle as string)
      : undefined;
    if (shown === undefined) return;
    for (const word of HOSTILE_WORDS) expect(shown).toContain(word);
    expect(shown).not.toMatch(/cm0gLXJm|2J|10;20H/);
  });
});

describe('hostile values in other people’s response files', () => {
  let files: string;
  beforeAll(() => {
    files = write('hostile.jsonl', [1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(response(seed, { obstacle: HOSTILE_TEXT }))).join('\n') + '\n');
  });

  it.each([
    ['collect (jsonl)', ['collect']],
    ['collect --format csv', ['collect', '--format', 'csv']],
    ['collect --format redcap', ['collect', '--format', 'redcap']],
    ['report', ['report']],
    ['report --format markdown', ['report', '--format', 'markdown']],
    ['report --format csv', ['report', '--format', 'csv']],
    ['report --format json', ['report', '--format', 'json']],
  ])('%s prints nothing raw', async (name, args) => {
    const result = await run([...args, files]);
    expect(result.code).toBe(0);
    expect(printed(result)).not.toMatch(RAW_UNSAFE);
    // Merged responses keep the free text as sent: the escapes in JSON stand for exactly those characters.
    if (name === 'collect (jsonl)') expect(JSON.parse(result.stdout.split('\n')[0]!).answers.obstacle).toBe(HOSTILE_TEXT);
  });

  /** Records whose errors quote a hostile value; each must be named by file and line, with the value sanitized. */
  const BAD: [string, string, () => string][] = [
    ['a hostile option value', 'v.json:1: answers.hipaa_training: “ARED', () => JSON.stringify(response(11, { hipaa_training: HOSTILE_TEXT }))],
    ['a hostile question id', 'k.json:1: answers.ARED', () => JSON.stringify(response(12, { [HOSTILE_TEXT]: 'x' }))],
    ['a hostile bank id', 'b.json:1: bank ARED', () => JSON.stringify({ ...response(13), bank: { id: HOSTILE_TEXT, version: '2026.12' } })],
    ['a hostile unknown field', 'f.json:1: ARED', () => JSON.stringify({ ...response(14), [HOSTILE_TEXT]: 1 })],
    ['a hostile file name', 'evil.json:1: not valid JSON', () => 'not json'],
  ];
  it.each([['collect'], ['report']])('%s: errors quoting hostile values name file and line, nothing raw, exit 2', async (command) => {
    const names = ['v.json', 'k.json', 'b.json', 'f.json', 'evil\u001b]0;pwned\u0007\u001b[2J\u202e.json'];
    const paths = BAD.map(([, , make], i) => write(names[i]!, make()));
    const result = await run([command, ...paths]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(RAW_UNSAFE);
    for (const [name, start] of BAD) expect(result.stderr, name).toContain(`${home}/${start}`);
    expect(result.stderr).toContain('5 invalid records; nothing written.');
  });
});

describe('errors about a person’s own answers file', () => {
  it('--answers FILE with a hostile option value and question id: exit 2, named, nothing raw', async () => {
    const file = write('bad-answers.json', JSON.stringify({ answers: { pathway: HOSTILE_TEXT, [`bogus${HOSTILE_TEXT}`]: 'x' } }));
    const result = await runMain(['--store', join(home, 'bad-store'), '--answers', file], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: answers.pathway: “ARED`);
    expect(result.stderr).toContain(`${file}: answers.bogusARED`);
    expect(result.stderr).not.toMatch(RAW_UNSAFE);
    expect(result.stderr).not.toMatch(/cm0gLXJmIH4K|evil\.example/);
  });

  it('--answers FILE with a hostile file name: the ignored-answer note names it, nothing raw, exit 0', async () => {
    const file = write('answers\u001b]0;pwned\u0007\u001b[2J\u202e.json', JSON.stringify({ answers: { ...persona.answers, spi_status: 'passed' } }));
    const result = await runMain(['--store', join(home, 'odd-name-store'), '--answers', file], { home });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${home}/answers.json: answers.spi_status: not asked with your other answers; ignored.`);
    expect(result.stderr).not.toMatch(RAW_UNSAFE);
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  it.each([['csv'], ['redcap']])('collect --format %s: every formula start is neutralised', async (format) => {
    const records = FORMULAS.map((obstacle, i) => JSON.stringify(response(100 + i, { obstacle })));
    const result = await run(['collect', write(`formulas-${format}.jsonl`, `${records.join('\n')}\n`), '--format', format]);
    expect(result.code).toBe(0);
    const [header, ...rows] = parseCsv(result.stdout);
    const column = header!.indexOf('obstacle');
    expect(column).toBeGreaterThan(0);
    expect(rows).toHaveLength(FORMULAS.length);
    for (const row of rows) {
      expect(row[column]!.startsWith("'"), JSON.stringify(row[column])).toBe(true);
      expect(row[column]).not.toMatch(RAW_UNSAFE);
    }
  });
});

/** A copy of the shipped bank in `home/name`, with each [file, from, to] edit applied (and checked to apply). */
function bankCopy(name: string, edits: [string, string, string][]): string {
  const dir = join(home, name);
  cpSync(join(ROOT, 'questions'), dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  }
  // plan.yaml's disclaimer is a folded block; the edit put the new one first, the old lines go.
  writeFileSync(join(dir, 'plan.yaml'), readFileSync(join(dir, 'plan.yaml'), 'utf8').replace(/^old_disclaimer: >-\n(?: {2}.*\n)+/m, ''));
  return dir;
}

describe('a question bank with printable hostile text: markup, formulas, character references (a --questions DIR copy)', () => {
  let bank: string;
  beforeAll(() => {
    // Accepted by the schemas (nothing here is a control character); each output format must neutralise it.
    const evil = String.raw`=HYPERLINK(\"http://evil.example\") Hosp*ital* | [x](http://evil.example) <img src=x> &#x202E; # desrever`;
    bank = bankCopy('bank', [
      ['sections/02-clinical-site.yaml', 'label: Hospital\n', `label: "${evil}"\n`],
      ['sections/02-clinical-site.yaml', 'phrase: hospitals\n', `phrase: "${evil}"\n`],
      ['plan.yaml', 'disclaimer: >-\n', `disclaimer: "${evil}"\nold_disclaimer: >-\n`],
    ]);
  });

  it.each([
    ['the plain interview', ['--plain']],
    ['answers', ['answers']],
    ['plan', ['plan']],
    ['plan --format markdown', ['plan', '--format', 'markdown']],
    ['report', ['report', 'RESPONSES']],
    ['report --format markdown', ['report', 'RESPONSES', '--format', 'markdown']],
    ['report --format csv', ['report', 'RESPONSES', '--format', 'csv']],
    ['report --format json', ['report', 'RESPONSES', '--format', 'json']],
    ['dictionary', ['dictionary']],
  ])('%s prints nothing raw', async (_name, args) => {
    const responses = write('r.jsonl', [1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(response(seed))).join('\n') + '\n');
    const full = ['--questions', bank, ...args.map((a) => (a === 'RESPONSES' ? responses : a))];
    // The plain interview starts on a fresh store, so the first question's prompt is printed.
    const result = args[0] === '--plain' ? await runMain(['--store', join(home, 'plain-store'), ...full], { home }) : await run(full);
    expect(result.code).toBe(args[0] === '--plain' ? 1 : 0);
    expect(printed(result)).not.toMatch(RAW_UNSAFE);
    if (args.includes('markdown')) {
      // No link, image, HTML tag or extra table cell can come from the bank's text.
      expect(result.stdout).not.toMatch(/(?<!\\)\]\(http:\/\/evil|(?<!\\)<img|(?<!\\)&#x/);
      for (const row of result.stdout.split('\n').filter((l) => l.startsWith('| '))) expect(row.split(/(?<!\\)\|/).length - 2, row).toBe(4);
    }
    if (args.includes('csv')) {
      const rows = parseCsv(result.stdout);
      const labels = rows.map((r) => r[5]!).filter((l) => l.includes('HYPERLINK'));
      expect(labels).toHaveLength(1);
      expect(labels[0]!.startsWith("'=HYPERLINK")).toBe(true);
    }
  });
});

describe('a question bank with control, bidi or invisible characters (a --questions DIR copy) is refused', () => {
  let bank: string;
  beforeAll(() => {
    // YAML double-quoted strings turn \e, \a and \u escapes into the real characters.
    const evil = String.raw`\e[31mHosp\e]8;;http://evil.example\aital\e]8;;\a\e[0m \u202Edesrever\u2066 \x9b2J\r\bwrite`;
    bank = bankCopy('control-bank', [
      ['sections/01-you.yaml', '    label: Pathway\n', String.raw`    label: "Path\eway"` + '\n'],
      ['sections/01-you.yaml', 'prompt: Which of these best describes you?', String.raw`prompt: "Which \e[2J\e]52;c;cm0gLXJmIH4K\a of these\u202E best describes you?"`],
      ['sections/02-clinical-site.yaml', 'label: Hospital\n', `label: "${evil}"\n`],
      ['sections/02-clinical-site.yaml', 'phrase: hospitals\n', `phrase: "${evil}"\n`],
      ['plan.yaml', 'disclaimer: >-\n', `disclaimer: "${evil}"\nold_disclaimer: >-\n`],
    ]);
  });

  it('validate: exit 2, every problem named by file, question and field, nothing raw', async () => {
    const result = await run(['validate', bank]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `${bank}/sections/01-you.yaml: pathway: prompt: contains a control character (U+001B); remove it`,
      `${bank}/sections/01-you.yaml: pathway: label: contains a control character (U+001B); remove it`,
      `${bank}/sections/02-clinical-site.yaml: site_types: options.0.label: contains a control character (U+001B); remove it`,
      `${bank}/sections/02-clinical-site.yaml: site_types: options.0.phrase: contains a control character (U+001B); remove it`,
      `4 problems in ${bank}; the interview will not start until they are fixed.`,
      '',
    ]);
  });

  it('validate: plan.yaml is checked once the questions are valid', async () => {
    const planOnly = bankCopy('control-plan', [['plan.yaml', 'disclaimer: >-\n', `disclaimer: "a\\u202Eb"\nold_disclaimer: >-\n`]]);
    const result = await run(['validate', planOnly]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`${planOnly}/plan.yaml: disclaimer: contains a bidi control character (U+202E); remove it`);
  });

  it.each([
    ['the plain interview', ['--plain']],
    ['the interview (no terminal)', []],
    ['--answers FILE', ['--answers', 'ANSWERS']],
    ['answers', ['answers']],
    ['plan', ['plan']],
    ['export', ['export']],
    ['report', ['report', 'RESPONSES']],
    ['dictionary', ['dictionary']],
    ['demo', ['demo', '--autoplay', '0']],
  ])('%s refuses to start: exit 2, the problems named, nothing raw, no answers saved', async (_name, args) => {
    const responses = write('r.jsonl', [1, 2].map((seed) => JSON.stringify(response(seed))).join('\n') + '\n');
    const answers = write('ok-answers.json', JSON.stringify(persona));
    const fresh = join(home, 'refused-store');
    const full = ['--store', fresh, '--questions', bank, ...args.map((a) => (a === 'RESPONSES' ? responses : a === 'ANSWERS' ? answers : a))];
    const result = await runMain(full, { home });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').slice(0, 3)).toEqual([
      'The question bank is not valid:',
      `${bank}/sections/01-you.yaml: pathway: prompt: contains a control character (U+001B); remove it`,
      `${bank}/sections/01-you.yaml: pathway: label: contains a control character (U+001B); remove it`,
    ]);
    expect(result.stderr).not.toMatch(RAW_UNSAFE);
    expect(existsSync(fresh)).toBe(false);
  });

  it('leaves no temporary files behind in the home folder', async () => {
    expect(readdirSync(home).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/core/bank/schema.js';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';
import { addToTally, createTally } from '../../src/core/survey/tally.js';
import { validateResponse } from '../../src/core/survey/validateResponse.js';
import { loadContent } from '../../src/files/loadBank.js';
import { parseRecord } from '../../src/files/parseRecord.js';
import { createResponseIntake } from '../../src/survey/responseIntake.js';
import { seeded, syntheticResponse } from '../bench/syntheticResponses.mjs';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error(`questions/ does not load: ${JSON.stringify(loaded.problems)}`);
const bank: Bank = loaded.content.bank;

type Line = { file: string; line: number; text: string };

/** The straightforward way: parse, validate with the generic schema, a Set of id strings, tally each. */
function recount(lines: Line[]) {
  const seen = new Set<string>();
  const tally = createTally(bank);
  const accepted: string[] = [];
  const problems: string[] = [];
  for (const { file, line, text } of lines) {
    const parsed = parseRecord(text);
    const checked = 'error' in parsed ? { ok: false as const, reason: parsed.error } : validateResponse(bank, parsed.value);
    if (!checked.ok) problems.push(`${file}:${line}: ${checked.reason}`);
    else if (!seen.has(checked.response.responseId)) {
      seen.add(checked.response.responseId);
      accepted.push(JSON.stringify(checked.response));
      addToTally(tally, checked.response.answers);
    }
  }
  return { accepted, problems, duplicates: lines.length - accepted.length - problems.length, tally };
}

function intake(lines: Line[]) {
  const reader = createResponseIntake(bank, Infinity);
  const tally = createTally(bank);
  const accepted: string[] = [];
  for (const { file, line, text } of lines) {
    const response: ResponseFile | null = reader.text(file, line, text);
    if (response) {
      accepted.push(JSON.stringify(response));
      addToTally(tally, response.answers);
    }
  }
  const summary = reader.summary();
  return { accepted, problems: summary.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`), duplicates: summary.duplicatesRemoved, tally };
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;
const choiceQuestions = bank.questions.filter((q) => q.kind === 'single' || q.kind === 'multi');
const optionsOf = (id: string) => choiceQuestions.find((q) => q.id === id)!.options;
const credentialOptions = optionsOf('credentials_held').map((o) => o.value);
const exclusiveOptions = optionsOf('credentials_held').filter((o) => o.exclusive).map((o) => o.value);
const disciplineOptions = optionsOf('discipline').map((o) => o.value);
const pathwayOptions = optionsOf('pathway').map((o) => o.value);

/** Ways a record goes wrong, or is right in an unusual way; each one the fast path must get exactly right. */
const MUTATIONS: ((r: Record<string, unknown>, a: Record<string, unknown>, random: () => number) => void)[] = [
  (_, a, random) => delete a[pick(Object.keys(a), random)],
  (_, a, random) => {
    const q = pick(choiceQuestions, random);
    const o = pick(q.options, random).value;
    a[q.id] = q.kind === 'multi' ? [o] : o;
  },
  (_, a, random) => (a[pick(choiceQuestions, random).id] = pick(['', [], 'nope', ['nope'], 3, null, ['', 'x']], random)),
  (_, a, random) => (a.credentials_held = [...new Set([pick(exclusiveOptions, random), pick(credentialOptions, random)])]),
  (_, a, random) => {
    const o = pick(credentialOptions, random);
    a.credentials_held = [o, o];
  },
  (_, a) => (a.liability_source = 'own_policy'),
  (_, a, random) => (a.discipline = pick(disciplineOptions, random)),
  (_, a, random) => (a.pathway = pick(pathwayOptions, random)),
  (_, a, random) => (a.obstacle = pick(['', '   ', 'time: and money: both', 'x'.repeat(501), ['list']], random)),
  (_, a) => (a.not_a_question = 'x'),
  (_, a, random) => {
    const entries = Object.entries(a).sort(() => random() - 0.5);
    for (const key of Object.keys(a)) delete a[key];
    Object.assign(a, Object.fromEntries(entries));
  },
  (r) => delete r.month,
  (r) => (r.extra = 1),
  (r) => (r.formatVersion = 1),
  (r) => (r.formatVersion = 3),
  (r) => (r.revision = 0),
  (r) => (r.revision = '1'),
  (r) => delete r.consentVersion,
  (r) => (r.consentVersion = 'two words'),
  (r) => (r.bank = { id: 'clinical-path', version: '2020.1' }),
  (r) => (r.bank = { id: 'clinical-path', version: '2026.12', more: 1 }),
  (r) => (r.responseId = String(r.responseId).toUpperCase()),
  (r) => (r.month = '2026-13'),
  (r) => (r.answers = []),
];

/** A record as text, perhaps with a key given twice, a colon in a string, spaces, or cut short. */
function asText(record: Record<string, unknown>, how: number): string {
  const json = JSON.stringify(record);
  if (how === 1) return json.replace('"month":', '"month":"2026-01","month":');
  if (how === 2) return JSON.stringify(record, null, 1).replaceAll('\n', ' ');
  if (how === 3) return json.slice(0, -3);
  if (how === 4) return `[${json}]`;
  return json;
}

describe('the response intake counts exactly what a straightforward recount counts', () => {
  it('on random mixes of valid, invalid, reordered and repeated records', () => {
    const lineArb = fc.record({ seed: fc.integer({ min: 1, max: 1e9 }), mutations: fc.array(fc.nat(MUTATIONS.length - 1), { maxLength: 3 }), text: fc.nat(8), repeat: fc.nat(5) });
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 60 }), (specs) => {
        const made: Record<string, unknown>[] = [];
        const lines: Line[] = specs.map(({ seed, mutations, text, repeat }, i) => {
          const random = seeded(seed);
          // Some lines repeat an earlier record's id (an export sent twice), changed or not.
          const record: Record<string, unknown> = repeat === 0 && made.length > 0 ? structuredClone(pick(made, random)) : syntheticResponse(random);
          made.push(structuredClone(record));
          for (const m of mutations) MUTATIONS[m]!(record, record.answers as Record<string, unknown>, random);
          return { file: 'f.jsonl', line: i + 1, text: asText(record, text) };
        });
        const fast = intake(lines);
        const slow = recount(lines);
        expect(fast.accepted).toEqual(slow.accepted);
        expect(fast.problems).toEqual(slow.problems);
        expect(fast.duplicates).toBe(slow.duplicates);
        expect(fast.tally).toEqual(slow.tally);
      }),
      { numRuns: 120 },
    );
  });

  it('keeps the first problems as data and counts the rest', () => {
    const reader = createResponseIntake(bank, 2);
    for (let i = 1; i <= 5; i += 1) expect(reader.text('a.jsonl', i, '{"format": 1}')).toBeNull();
    reader.unreadable('gone.jsonl', 0, 'no such file');
    const summary = reader.summary();
    expect(summary.invalid).toBe(6);
    expect(summary.problems).toEqual([
      { file: 'a.jsonl', line: 1, code: 'response', reason: 'format: expected "clinical-path/response"', refusal: { code: 'expectedOneOf', at: 'format', values: ['clinical-path/response'] } },
      { file: 'a.jsonl', line: 2, code: 'response', reason: 'format: expected "clinical-path/response"', refusal: { code: 'expectedOneOf', at: 'format', values: ['clinical-path/response'] } },
    ]);
  });
});

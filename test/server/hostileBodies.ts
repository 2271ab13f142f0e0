import fc from 'fast-check';
import { seeded, syntheticResponse } from '../bench/syntheticResponses.mjs';
import { HOSTILE_TEXT } from '../e2e/hostileSamples.js';

/** One request body to throw at POST /api/v1/responses: raw bytes as text, and the content type it claims. */
export interface HostileBody {
  name: string;
  body: string;
  contentType: string;
}

const valid = () => syntheticResponse(seeded(7)) as Record<string, unknown>;
const withField = (path: string[], value: unknown): Record<string, unknown> => {
  const record = structuredClone(valid());
  let at: Record<string, unknown> = record;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1)!] = value;
  return record;
};
const deep = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

/** Hand-made bodies, each a way a client (or an attacker) gets it wrong. */
const CRAFTED: HostileBody[] = [
  ...[
    ['not JSON', '{"format": '],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['a string', '"clinical-path/response"'],
    ['nesting 10,000 deep', deep(10_000)],
    ['nesting 100 deep inside answers', JSON.stringify(withField(['answers'], {})).replace('"answers":{}', `"answers":{"x":${deep(100)}}`)],
    ['a key given twice', JSON.stringify(valid()).replace('"revision":1', '"revision":1,"revision":2')],
    ['__proto__ at the top', JSON.stringify(valid()).replace('{', '{"__proto__":{"polluted":true},')],
    ['__proto__ in answers', JSON.stringify(valid()).replace('"answers":{', '"answers":{"__proto__":{"polluted":true},')],
    ['constructor.prototype in answers', JSON.stringify(withField(['answers', 'constructor'], { prototype: { polluted: true } }))],
    ['a lone surrogate', JSON.stringify(withField(['answers', 'pathway'], 'post_primary')).replace('post_primary', '\\ud800')],
    ['an escape sequence as an answer', JSON.stringify(withField(['answers', 'pathway'], HOSTILE_TEXT))],
    ['a NUL byte in an id', JSON.stringify(withField(['responseId'], '\u0000'))],
  ].map(([name, body]) => ({ name: name!, body: body!, contentType: 'application/json' })),
  ...[
    ['wrong format', ['format'], 'something-else'],
    ['format version 1 (before consent)', ['formatVersion'], 1],
    ['format version 3', ['formatVersion'], 3],
    ['wrong bank id', ['bank', 'id'], 'other-bank'],
    ['wrong bank version', ['bank', 'version'], '1999.01'],
    ['revision 0', ['revision'], 0],
    ['revision as text', ['revision'], '2'],
    ['revision 1e309', ['revision'], Number.MAX_VALUE],
    ['no consent version', ['consentVersion'], undefined],
    ['consent version with spaces', ['consentVersion'], 'I agree'],
    ['a day in the month', ['month'], '2026-11-30'],
    ['month 13', ['month'], '2026-13'],
    ['an id that is not a UUID', ['responseId'], 'me@example.org'],
    ['an extra field (an address)', ['ip'], '203.0.113.9'],
    ['an extra field (a time)', ['submittedAt'], '2026-11-30T10:00:00Z'],
    ['an unknown question', ['answers', 'favourite_colour'], 'blue'],
    ['an unknown option', ['answers', 'pathway'], 'astronaut'],
    ['a number as an answer', ['answers', 'pathway'], 3],
    ['an object as an answer', ['answers', 'pathway'], { a: 1 }],
    ['a tick-box list given as text', ['answers', 'site_types'], 'hospital'],
    ['a tick-box list with an option twice', ['answers', 'site_types'], ['hospital', 'hospital']],
    ['60 kB of text in an answer', ['answers', 'obstacle'], 'x'.repeat(60_000)],
    ['answers as a list', ['answers'], []],
  ].map(([name, path, value]) => ({ name: name as string, body: JSON.stringify(withField(path as string[], value)), contentType: 'application/json' })),
  { name: 'a valid record sent as a form', body: JSON.stringify(valid()), contentType: 'application/x-www-form-urlencoded' },
  { name: 'a valid record sent as text', body: JSON.stringify(valid()), contentType: 'text/plain' },
  { name: 'a valid record with no content type', body: JSON.stringify(valid()), contentType: '' },
  { name: '70 kB of JSON', body: JSON.stringify(withField(['answers', 'obstacle'], 'y'.repeat(70_000))), contentType: 'application/json' },
];

/** Anything JSON can say, and records with one field replaced by anything: together with CRAFTED, `count` bodies. */
export function hostileBodies(count = 500, seed = 16): HostileBody[] {
  const fields = ['format', 'formatVersion', 'bank', 'responseId', 'revision', 'consentVersion', 'month', 'answers'];
  const anything = fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(null, -1, 1e308, '', '__proto__'));
  const randomBody = fc.oneof(
    anything.map((value) => JSON.stringify(value) ?? 'null'),
    fc.tuple(fc.constantFrom(...fields), anything).map(([field, value]) => JSON.stringify(withField([field], value))),
    fc.tuple(fc.constantFrom('pathway', 'site_types', 'state', 'liability_required'), anything).map(([field, value]) => JSON.stringify(withField(['answers', field], value))),
    fc.string({ unit: 'binary', maxLength: 2000 }),
  );
  const extra = fc.sample(randomBody, { numRuns: Math.max(0, count - CRAFTED.length), seed });
  return [...CRAFTED, ...extra.map((body, i) => ({ name: `generated ${i + 1}`, body, contentType: 'application/json' }))];
}

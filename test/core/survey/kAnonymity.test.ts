import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyCounts, keyOf, kSummaryOfGroups, suppressGroupsToK, type Key } from '../../../src/core/survey/kAnonymity.js';

/** Records as their keys, counted as collect counts them. */
function groupsOf(keys: readonly Key[]) {
  const counts = createKeyCounts();
  for (const key of keys) counts.add(key);
  return counts.groups();
}
const kSummary = (keys: readonly Key[], threshold: number) => kSummaryOfGroups(groupsOf(keys), threshold);
/** The keys after suppression, in input order, with what suppressGroupsToK reports. */
function suppressToK(keys: readonly Key[], k: number) {
  const { changed, perIdentifier, records } = suppressGroupsToK(groupsOf(keys), k);
  return { keys: keys.map((key) => changed.get(JSON.stringify(key)) ?? key), perIdentifier, records };
}

const keyArb = fc.array(fc.constantFrom('a', 'b', 'c', undefined), { minLength: 3, maxLength: 3 });
const keysArb = fc.array(keyArb, { minLength: 1, maxLength: 60 });

/** k by definition, record by record: how many records match it, a missing value matching anything. */
function bruteK(keys: (string | undefined)[][], i: number): number {
  const me = keys[i]!;
  return keys.filter((other) => me.every((v, q) => v === undefined || other[q] === undefined || other[q] === v)).length;
}

describe('k-anonymity over quasi-identifiers', () => {
  it('keyOf: skipped and unasked answers are missing; tick-box answers compare as sets', () => {
    expect(keyOf({ state: 'west', pathway: '', site_types: ['b', 'a'] }, ['state', 'pathway', 'site_types', 'discipline'])).toEqual(['west', undefined, 'a\u0000b', undefined]);
  });

  it('kSummary agrees with counting record by record', () => {
    fc.assert(
      fc.property(keysArb, fc.integer({ min: 2, max: 6 }), (keys, threshold) => {
        const ks = keys.map((_, i) => bruteK(keys, i));
        expect(kSummary(keys, threshold)).toEqual({ records: keys.length, smallestK: Math.min(...ks), below: ks.filter((k) => k < threshold).length });
      }),
    );
  });

  it('suppressToK: afterwards every record has k ≥ K, only values were blanked, and the count of changes is exact', () => {
    fc.assert(
      fc.property(keysArb, fc.integer({ min: 2, max: 6 }), (keys, k) => {
        fc.pre(k <= keys.length);
        const result = suppressToK(keys, k);
        expect(result.keys.map((_, i) => bruteK(result.keys, i)).every((value) => value >= k)).toBe(true);
        let blanked = [0, 0, 0];
        let records = 0;
        result.keys.forEach((after, i) => {
          const before = keys[i]!;
          after.forEach((v, q) => expect(v === undefined || v === before[q]).toBe(true));
          const lost = before.map((v, q) => v !== undefined && after[q] === undefined);
          blanked = blanked.map((n, q) => n + (lost[q] ? 1 : 0));
          if (lost.some(Boolean)) records += 1;
        });
        expect(result.perIdentifier).toEqual(blanked);
        expect(result.records).toBe(records);
      }),
    );
  });

  it('suppresses nothing when every record already has k ≥ K, and the least important identifier first', () => {
    const fine = [['a', 'x'], ['a', 'x'], ['b', 'y'], ['b', 'y']];
    expect(suppressToK(fine, 2)).toEqual({ keys: fine, perIdentifier: [0, 0], records: 0 });
    // The lone ('a','y') can join either pair by losing one value; it loses the one declared last.
    expect(suppressToK([...fine, ['a', 'y']], 2).keys[4]).toEqual(['a', undefined]);
  });
});

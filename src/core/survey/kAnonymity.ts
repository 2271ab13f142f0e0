import type { AnswerValue } from '../bank/schema.js';

/** A quasi-identifier value left out by local suppression; it matches any value, as in sdcMicro and ARX. */
const ANY = undefined;
export type Key = (string | undefined)[];

/** One record's quasi-identifiers, in the bank's declared order; undefined = not answered or suppressed. */
export function keyOf(answers: Readonly<Record<string, AnswerValue>>, quasiIdentifiers: readonly string[]): Key {
  return quasiIdentifiers.map((id) => {
    const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return ANY;
    return Array.isArray(value) ? [...value].sort().join('\u0000') : value;
  });
}

const matches = (a: Key, b: Key) => a.every((v, i) => v === ANY || b[i] === ANY || v === b[i]);
const textOf = (key: Key) => JSON.stringify(key);

/** Records counted by their key: its size stays with the number of distinct combinations, not of records. */
export interface KeyCounts {
  add(key: Key): void;
  groups(): { key: Key; size: number }[];
}

export function createKeyCounts(): KeyCounts {
  const byText = new Map<string, { key: Key; size: number }>();
  return {
    add(key) {
      const text = textOf(key);
      const group = byText.get(text);
      if (group) group.size += 1;
      else byText.set(text, { key, size: 1 });
    },
    groups: () => [...byText.values()].map((g) => ({ key: g.key, size: g.size })),
  };
}

/** k of each group: how many records it cannot be told apart from (itself included), a missing value matching any. */
function kOfGroups(groups: readonly { key: Key; size: number }[]): number[] {
  return groups.map((g) => groups.reduce((n, h) => (matches(g.key, h.key) ? n + h.size : n), 0));
}

export interface KSummary {
  records: number;
  /** The smallest k over all records; 0 when there are none. */
  smallestK: number;
  /** Records whose k is below `threshold`. */
  below: number;
}

/** The k-anonymity of counted records (distinct keys², fine for survey sizes). */
export function kSummaryOfGroups(groups: readonly { key: Key; size: number }[], threshold: number): KSummary {
  const ks = kOfGroups(groups);
  let smallestK = 0;
  let below = 0;
  let records = 0;
  groups.forEach((g, i) => {
    const k = ks[i] ?? 0;
    records += g.size;
    if (smallestK === 0 || k < smallestK) smallestK = k;
    if (k < threshold) below += g.size;
  });
  return { records, smallestK, below };
}

export interface Suppression {
  /** Original key (as keyOf gives it) → the key after suppression, for every key that changed. */
  changed: Map<string, Key>;
  /** Per quasi-identifier (declared order), how many values were suppressed. */
  perIdentifier: number[];
  /** Records with at least one value suppressed. */
  records: number;
}

/**
 * Local suppression until every record has k ≥ K (sdcMicro's localSuppression, ARX's record suppression in spirit):
 * take the group with the smallest k, drop the one value whose loss raises its k the most (ties: the identifier
 * declared last, the least important), and repeat. Each step blanks one more value, so it ends: a record with
 * every value blanked matches all records. K above the number of records cannot be met; every value then goes.
 */
export function suppressGroupsToK(counted: readonly { key: Key; size: number }[], k: number): Suppression {
  let groups = counted.map((g) => ({ key: g.key, size: g.size, from: [textOf(g.key)] }));
  const width = counted[0]?.key.length ?? 0;
  const perIdentifier = new Array<number>(width).fill(0);
  for (;;) {
    const ks = kOfGroups(groups);
    let worst = -1;
    ks.forEach((value, i) => {
      const current = ks[worst] ?? Infinity;
      if (value < k && value < current && (groups[i]?.key.some((v) => v !== ANY) ?? false)) worst = i;
    });
    const group = groups[worst];
    if (!group) break;
    let best = -1;
    let bestK = -1;
    for (let q = width - 1; q >= 0; q -= 1) {
      if (group.key[q] === ANY) continue;
      const trial = group.key.map((v, i) => (i === q ? ANY : v));
      const trialK = groups.reduce((n, h) => (h === group || matches(trial, h.key) ? n + h.size : n), 0);
      if (trialK > bestK) [best, bestK] = [q, trialK];
    }
    perIdentifier[best] = (perIdentifier[best] ?? 0) + group.size;
    const after = group.key.map((v, i) => (i === best ? ANY : v));
    const same = groups.find((g) => g !== group && textOf(g.key) === textOf(after));
    if (same) {
      same.size += group.size;
      same.from.push(...group.from);
      groups = groups.filter((g) => g !== group);
    } else {
      group.key = after;
    }
  }
  const changed = new Map<string, Key>();
  let records = 0;
  const sizeOf = new Map(counted.map((g) => [textOf(g.key), g.size]));
  for (const g of groups) {
    for (const from of g.from) {
      if (from === textOf(g.key)) continue;
      changed.set(from, g.key);
      records += sizeOf.get(from) ?? 0;
    }
  }
  return { changed, perIdentifier, records };
}

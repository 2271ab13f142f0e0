import type { AnswerValue } from '../bank/schema.js';

/** A quasi-identifier value left out by local suppression; it matches any value, as in sdcMicro and ARX. */
const ANY = undefined;
type Key = (string | undefined)[];

/** One record's quasi-identifiers, in the bank's declared order; undefined = not answered or suppressed. */
export function keyOf(answers: Readonly<Record<string, AnswerValue>>, quasiIdentifiers: readonly string[]): Key {
  return quasiIdentifiers.map((id) => {
    const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return ANY;
    return Array.isArray(value) ? [...value].sort().join('\u0000') : value;
  });
}

const matches = (a: Key, b: Key) => a.every((v, i) => v === ANY || b[i] === ANY || v === b[i]);

interface Group {
  key: Key;
  size: number;
}

function groupsOf(keys: readonly Key[]): Group[] {
  const byText = new Map<string, Group>();
  for (const key of keys) {
    const text = JSON.stringify(key);
    const group = byText.get(text);
    if (group) group.size += 1;
    else byText.set(text, { key, size: 1 });
  }
  return [...byText.values()];
}

/** k of each group: how many records it cannot be told apart from (itself included), a missing value matching any. */
function kOfGroups(groups: readonly Group[]): number[] {
  return groups.map((g) => groups.reduce((n, h) => (matches(g.key, h.key) ? n + h.size : n), 0));
}

export interface KSummary {
  records: number;
  /** The smallest k over all records; 0 when there are none. */
  smallestK: number;
  /** Records whose k is below `threshold`. */
  below: number;
}

/** The k-anonymity of a set of records over its quasi-identifiers (distinct keys², fine for survey sizes). */
export function kSummary(keys: readonly Key[], threshold: number): KSummary {
  const groups = groupsOf(keys);
  const ks = kOfGroups(groups);
  let smallestK = 0;
  let below = 0;
  groups.forEach((g, i) => {
    const k = ks[i] ?? 0;
    if (smallestK === 0 || k < smallestK) smallestK = k;
    if (k < threshold) below += g.size;
  });
  return { records: keys.length, smallestK, below };
}

export interface Suppressed {
  /** The keys after suppression, in input order. */
  keys: Key[];
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
export function suppressToK(keys: readonly Key[], k: number): Suppressed {
  let groups = groupsOf(keys);
  const width = keys[0]?.length ?? 0;
  const perIdentifier = new Array<number>(width).fill(0);
  const changed = new Map<string, Key>();
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
    const before = JSON.stringify(group.key);
    const after = group.key.map((v, i) => (i === best ? ANY : v));
    perIdentifier[best] = (perIdentifier[best] ?? 0) + group.size;
    for (const [from, to] of changed) if (JSON.stringify(to) === before) changed.set(from, after);
    if (!changed.has(before)) changed.set(before, after);
    const text = JSON.stringify(after);
    const same = groups.find((g) => g !== group && JSON.stringify(g.key) === text);
    if (same) {
      same.size += group.size;
      groups = groups.filter((g) => g !== group);
    } else {
      group.key = after;
    }
  }
  const out = keys.map((key) => changed.get(JSON.stringify(key)) ?? key);
  return { keys: out, perIdentifier, records: out.filter((key, i) => JSON.stringify(key) !== JSON.stringify(keys[i])).length };
}

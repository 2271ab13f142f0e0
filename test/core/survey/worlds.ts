import type { Condition } from '../../../src/core/bank/condition.js';
import type { Bank, ChoiceQuestion } from '../../../src/core/bank/schema.js';
import type { Report } from '../../../src/core/survey/responseFile.js';

/**
 * The test's own reader: enumerates every possible set of respondents (a multiset of answer patterns), so what a
 * report allows is found by brute force, independently of the suppression code and its linear model. A pattern is
 * one respondent's complete answers, walking the bank with its own (test-side) reading of show_if and exclusive.
 */
export type Pattern = Record<string, string[]>;

function holds(c: Condition, answers: Pattern): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, answers));
  if ('any' in c) return c.any.some((x) => holds(x, answers));
  if ('not' in c) return !holds(c.not, answers);
  const chosen = answers[c.question] ?? [];
  if ('answered' in c) return (chosen.length > 0) === c.answered;
  return chosen.some((v) => c.in.includes(v));
}

function choices(q: ChoiceQuestion, answers: Pattern): string[][] {
  const offered = q.options.filter((o) => !o.show_if || holds(o.show_if, answers));
  const out: string[][] = q.optional ? [[]] : [];
  if (q.kind === 'single') return [...out, ...offered.map((o) => [o.value])];
  const plain = offered.filter((o) => !o.exclusive);
  for (let mask = 1; mask < 1 << plain.length; mask += 1) out.push(plain.filter((_, i) => mask & (1 << i)).map((o) => o.value));
  return [...out, ...offered.filter((o) => o.exclusive).map((o) => [o.value])];
}

export function patternsOf(bank: Bank): Pattern[] {
  let partial: Pattern[] = [{}];
  for (const q of bank.questions) {
    if (!('options' in q)) continue;
    partial = partial.flatMap((p) => (q.show_if && !holds(q.show_if, p) ? [p] : choices(q, p).map((c) => ({ ...p, [q.id]: c }))));
  }
  return partial;
}

/** Every count a report can show, in report order: per question its option counts, then its answered count. */
export function countsOf(bank: Bank, people: readonly Pattern[]): number[] {
  const out: number[] = [];
  for (const q of bank.questions) {
    if (!('options' in q)) continue;
    for (const o of q.options) out.push(people.filter((p) => (p[q.id] ?? []).includes(o.value)).length);
    out.push(people.filter((p) => (p[q.id] ?? []).length > 0).length);
  }
  return out;
}

/** The report's counts in the same order, null where suppressed. */
export function shownOf(report: Report): (number | null)[] {
  return report.questions.flatMap((q) => [...q.options.map((o) => o.count), q.answered]);
}

/** Count vectors of every multiset of `n` patterns (respondents are unordered), or undefined past `limit`. */
export function allWorlds(bank: Bank, patterns: readonly Pattern[], n: number, limit = 40_000): number[][] | undefined {
  const each = patterns.map((p) => countsOf(bank, [p]));
  const width = countsOf(bank, []).length;
  const worlds: number[][] = [];
  const walk = (from: number, left: number, acc: number[]): boolean => {
    if (left === 0) {
      worlds.push(acc.slice());
      return worlds.length <= limit;
    }
    for (let i = from; i < each.length; i += 1) {
      const add = each[i] as number[];
      for (let j = 0; j < width; j += 1) acc[j] = (acc[j] ?? 0) + (add[j] ?? 0);
      const ok = walk(i, left - 1, acc);
      for (let j = 0; j < width; j += 1) acc[j] = (acc[j] ?? 0) - (add[j] ?? 0);
      if (!ok) return false;
    }
    return true;
  };
  return walk(0, n, new Array<number>(width).fill(0)) ? worlds : undefined;
}

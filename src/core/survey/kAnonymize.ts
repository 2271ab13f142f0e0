import type { Answers, Bank } from '../bank/schema.js';
import { pruneAnswers } from '../flow/visibility.js';
import { createKeyCounts, keyOf, suppressGroupsToK } from './kAnonymity.js';

export interface KAnonymized {
  /** Each record's answers after suppression, in input order. */
  answers: Answers[];
  /** Per quasi-identifier (declared order), how many values were blanked. */
  blanked: number[];
  /** Records with at least one value blanked. */
  records: number;
  /** Further answers dropped because the question or option that held them is shown only for a blanked answer. */
  dependants: number;
}

/**
 * `collect --k-anonymity K`: blanks quasi-identifier answers (suppressGroupsToK) until every record shares its
 * combination with at least K−1 others, then drops what the blanked answers alone had shown (a discipline offered
 * only on one pathway), so every record stays a valid response. Dropping a ticked option can split a group again,
 * so it repeats until nothing changes; each round only blanks more, so it ends.
 * `bank` is the exported view the records were read against.
 */
export function kAnonymize(bank: Bank, records: readonly Answers[], identifiers: readonly string[], k: number): KAnonymized {
  let answers = [...records];
  const blanked = identifiers.map(() => 0);
  const touched = new Set<number>();
  let dependants = 0;
  for (;;) {
    const keys = answers.map((a) => keyOf(a, identifiers));
    const counts = createKeyCounts();
    for (const key of keys) counts.add(key);
    const { changed } = suppressGroupsToK(counts.groups(), k);
    if (changed.size === 0) return { answers, blanked, records: touched.size, dependants };
    answers = answers.map((current, i) => {
      const after = changed.get(JSON.stringify(keys[i]));
      if (!after) return current;
      touched.add(i);
      const kept: Record<string, Answers[string]> = { ...current };
      identifiers.forEach((id, q) => {
        if (after[q] === undefined && keys[i]?.[q] !== undefined) {
          delete kept[id];
          blanked[q] = (blanked[q] ?? 0) + 1;
        }
      });
      const pruned = pruneAnswers(bank, kept);
      dependants += Object.keys(kept).length - Object.keys(pruned).length;
      return pruned;
    });
  }
}

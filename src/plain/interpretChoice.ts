import type { Reading } from '../kinds/KindLines.js';
import { matchByName } from './matchByName.js';
import type { NumberedOption } from './numberedOptions.js';
import { plainLine, quote } from './plainLine.js';

type Pick = { ok: true; row: NumberedOption } | { ok: false; lines: string[] };

/**
 * A typed choice from `rows` (numbered as listed): a number ("2"), for several answers (`many`) a list ("1,3",
 * "1, 3", "1 3"; repeats count once), and on lists with `byName` (`filter: true`) a name or its start ("new mex",
 * "NM"). Anything else is a one-line reason ending with `ask`; a name that fits several options lists them,
 * numbered as in the full list.
 */
export function interpretChoice(rows: readonly NumberedOption[], input: string, how: { many: boolean; byName: boolean; ask: string }): Reading {
  const ask = `${how.ask}.`;
  const byNumber = (token: string): Pick => {
    const row = rows[Number(token) - 1];
    return row ? { ok: true, row } : { ok: false, lines: [`${quote(token)} is not between 1 and ${rows.length}. ${ask}`] };
  };
  const byName = (typed: string): Pick => {
    const found = matchByName(rows, typed);
    const [only] = found;
    if (found.length === 1 && only) return { ok: true, row: only };
    if (found.length === 0) return { ok: false, lines: [`No option matches ${quote(typed)}. ${ask}`] };
    const listed = found.map((r) => plainLine(r.label, `${r.number}. `));
    return { ok: false, lines: [`${quote(typed)} matches ${found.length} options:`, ...listed, 'Enter one of these numbers, or type more of the name.'] };
  };
  const pick = (token: string): Pick => {
    if (/^\d+$/.test(token)) return byNumber(token);
    if (how.byName) return byName(token);
    return { ok: false, lines: [`${quote(token)} is not a number. ${ask}`] };
  };

  if (!how.many) {
    const picked = pick(input);
    return picked.ok ? { ok: true, value: picked.row.value } : picked;
  }
  const chosen = new Set<string>();
  for (const part of input.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    // "1 3" is two numbers; "new york" is one name.
    const tokens = /^\d+(\s+\d+)*$/.test(part) ? part.split(/\s+/) : [part];
    for (const token of tokens) {
      const picked = pick(token);
      if (!picked.ok) return picked;
      chosen.add(picked.row.value);
    }
  }
  // In list order, as the Ink view saves them, however they were typed.
  return { ok: true, value: rows.filter((r) => chosen.has(r.value)).map((r) => r.value) };
}

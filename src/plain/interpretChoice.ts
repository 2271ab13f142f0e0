import type { Answers, AnswerValue, ChoiceQuestion } from '../core/bank/schema.js';
import { askSentence } from './instructionLines.js';
import { matchByName } from './matchByName.js';
import { numberedOptions, type NumberedOption } from './numberedOptions.js';
import { plainLine, quote } from './plainLine.js';

export type ChoiceReading = { ok: true; value: AnswerValue } | { ok: false; lines: string[] };

type Pick = { ok: true; row: NumberedOption } | { ok: false; lines: string[] };

/**
 * A typed choice: a number ("2"), for several answers a list ("1,3", "1, 3", "1 3"; repeats count once), and on
 * lists with `filter: true` a name or its start ("new mex", "NM"). Anything else is a one-line reason to ask again;
 * a name that fits several options lists them, numbered as in the full list.
 */
export function interpretChoice(question: ChoiceQuestion, answers: Answers, input: string): ChoiceReading {
  const rows = numberedOptions(question, answers);
  const ask = `${askSentence(question, answers)}.`;
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
    if (question.filter) return byName(token);
    return { ok: false, lines: [`${quote(token)} is not a number. ${ask}`] };
  };

  if (question.kind === 'single') {
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

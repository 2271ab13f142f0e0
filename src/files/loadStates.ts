import { schemaProblem, type BankProblem } from '../core/bank/parseBank.js';
import { say } from '../messages/en.js';
import type { Bank } from '../core/bank/schema.js';
import { checkStates } from '../core/states/checkStates.js';
import { statesSchema, type StatesContent } from '../core/states/statesSchema.js';
import { readYamlFile } from './readYamlFile.js';
import { SIZE_LIMITS } from './sizeLimits.js';

export type StatesResult = { ok: true; states: StatesContent; warnings: BankProblem[] } | { ok: false; problems: BankProblem[] };

/**
 * questions/states.yaml, read, validated and cross-checked. Problems name the file, the state and the field:
 * `questions/states.yaml: TX: disciplines.ct.checked: 2031-01 is in the future`.
 */
export function loadStates(path: string, shownAs: string, bank: Bank, now: Date): StatesResult {
  const read = readYamlFile(path, SIZE_LIMITS.bankFile);
  if (!read.ok) return { ok: false, problems: [{ file: shownAs, message: read.message }] };
  const parsed = statesSchema.safeParse(read.data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const [top, code, ...rest] = issue.path.map(String);
        const underState = top === 'states' && code !== undefined;
        const field = underState ? rest.join('.') : issue.path.join('.');
        // A bad key is said as zod says it here, without the key's own finding.
        const problem = issue.code === 'invalid_key' ? { code: 'invalid' as const, text: issue.message, key: false } : schemaProblem(issue);
        return { file: shownAs, ...(underState ? { questionId: code } : {}), ...(field ? { field } : {}), message: say(problem) };
      }),
    };
  }
  const found = checkStates(parsed.data, bank, now).map((p) => ({ file: shownAs, ...(p.state ? { questionId: p.state } : {}), ...(p.field ? { field: p.field } : {}), message: say(p.problem), severity: p.severity }));
  const errors = found.filter((p) => p.severity === 'error');
  const strip = ({ severity: _severity, ...p }: (typeof found)[number]): BankProblem => p;
  if (errors.length > 0) return { ok: false, problems: errors.map(strip) };
  return { ok: true, states: parsed.data, warnings: found.map(strip) };
}

import { conditionValues } from '../bank/bankRules.js';
import { questionsIn } from '../bank/evaluate.js';
import type { Bank } from '../bank/schema.js';
import { FAMILIES, JURISDICTIONS, type StatesContent } from './statesSchema.js';
import { optionsOf } from '../../kinds/coreKinds.js';

export interface StatesProblem {
  /** The postal code the problem is under, when it is under one. */
  state?: string;
  field: string;
  message: string;
  /** A warning (a fact due for a re-check) does not stop the interview; an error does. */
  severity: 'error' | 'warning';
}

/** A fact older than this is flagged for a re-check. */
export const STALE_AFTER_MONTHS = 24;

/**
 * Cross-checks states.yaml: every jurisdiction present, every status sourced and dated, no month in the future,
 * and the answers that pick a discipline family exist in the bank. `now` is the month a date is judged against.
 */
export function checkStates(states: StatesContent, bank: Bank, now: Date): StatesProblem[] {
  const problems: StatesProblem[] = [];
  const error = (state: string | undefined, field: string, message: string) => problems.push({ ...(state ? { state } : {}), field, message, severity: 'error' });
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();

  for (const code of JURISDICTIONS) {
    if (!Object.hasOwn(states.states, code)) error(code, '', 'missing; every state, DC and Puerto Rico needs an entry with its agency');
  }
  for (const [code, state] of Object.entries(states.states)) {
    if (!(JURISDICTIONS as readonly string[]).includes(code)) {
      error(code, '', 'not a postal code of a US state, DC or Puerto Rico');
      continue;
    }
    const cited = new Set<string>();
    const cite = (id: string, field: string) => {
      cited.add(id);
      if (!Object.hasOwn(state.sources, id)) error(code, field, `no source “${id}” under this state's sources`);
    };
    if (state.agency.none && !state.agency.source) error(code, 'agency.source', 'a state with no licensing law needs the source that shows it');
    if (state.agency.source) cite(state.agency.source, 'agency.source');
    for (const family of FAMILIES) {
      const entry = state.disciplines[family];
      const at = `disciplines.${family}`;
      cite(entry.source, `${at}.source`);
      const [year, month] = entry.checked.split('-').map(Number) as [number, number];
      const age = nowMonth - (year * 12 + month - 1);
      if (age < 0) error(code, `${at}.checked`, `${entry.checked} is in the future`);
      else if (age > STALE_AFTER_MONTHS) {
        problems.push({ state: code, field: `${at}.checked`, message: `checked ${entry.checked}, over ${STALE_AFTER_MONTHS} months ago; read the source again`, severity: 'warning' });
      }
    }
    for (const id of Object.keys(state.sources)) {
      if (!cited.has(id)) error(code, `sources.${id}`, 'nothing cites this source; remove it or cite it');
    }
  }

  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const stateQuestion = byId.get(states.question);
  if (!stateQuestion || !optionsOf(stateQuestion)) error(undefined, 'question', `“${states.question}” is not a choice question of the bank`);
  states.families.forEach((family, i) => {
    for (const q of questionsIn(family.when)) if (!byId.has(q)) error(undefined, `families.${i}.when`, `refers to unknown question “${q}”`);
    for (const [q, values] of conditionValues(family.when)) {
      const question = byId.get(q);
      const options = question && optionsOf(question);
      if (!options) continue;
      for (const v of values) if (!options.some((o) => o.value === v)) error(undefined, `families.${i}.when`, `“${v}” is not an option of “${q}”`);
    }
  });
  return problems;
}

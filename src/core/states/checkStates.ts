import { conditionValues } from '../bank/bankRules.js';
import { questionsIn } from '../bank/evaluate.js';
import type { Bank } from '../bank/schema.js';
import { FAMILIES, JURISDICTIONS, type StatesContent } from './statesSchema.js';
import { optionsOf } from '../../kinds/coreKinds.js';
import type { ContentProblemCode } from '../contentProblem.js';

export interface StatesProblem {
  /** The postal code the problem is under, when it is under one. */
  state?: string;
  field: string;
  problem: ContentProblemCode;
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
  const error = (state: string | undefined, field: string, problem: ContentProblemCode) => problems.push({ ...(state ? { state } : {}), field, problem, severity: 'error' });
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();

  for (const code of JURISDICTIONS) {
    if (!Object.hasOwn(states.states, code)) error(code, '', { code: 'stateMissing' });
  }
  for (const [code, state] of Object.entries(states.states)) {
    if (!(JURISDICTIONS as readonly string[]).includes(code)) {
      error(code, '', { code: 'notJurisdiction' });
      continue;
    }
    const cited = new Set<string>();
    const cite = (id: string, field: string) => {
      cited.add(id);
      if (!Object.hasOwn(state.sources, id)) error(code, field, { code: 'noStateSource', source: id });
    };
    if (state.agency.none && !state.agency.source) error(code, 'agency.source', { code: 'noLawNeedsSource' });
    if (state.agency.source) cite(state.agency.source, 'agency.source');
    for (const family of FAMILIES) {
      const entry = state.disciplines[family];
      const at = `disciplines.${family}`;
      cite(entry.source, `${at}.source`);
      const [year, month] = entry.checked.split('-').map(Number) as [number, number];
      const age = nowMonth - (year * 12 + month - 1);
      if (age < 0) error(code, `${at}.checked`, { code: 'checkedInFuture', month: entry.checked });
      else if (age > STALE_AFTER_MONTHS) {
        problems.push({ state: code, field: `${at}.checked`, problem: { code: 'checkedLongAgo', month: entry.checked, months: STALE_AFTER_MONTHS }, severity: 'warning' });
      }
    }
    for (const id of Object.keys(state.sources)) {
      if (!cited.has(id)) error(code, `sources.${id}`, { code: 'stateSourceUncited' });
    }
  }

  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const stateQuestion = byId.get(states.question);
  if (!stateQuestion || !optionsOf(stateQuestion)) error(undefined, 'question', { code: 'notChoiceQuestionOfBank', question: states.question });
  states.families.forEach((family, i) => {
    for (const q of questionsIn(family.when)) if (!byId.has(q)) error(undefined, `families.${i}.when`, { code: 'unknownQuestion', question: q });
    for (const [q, values] of conditionValues(family.when)) {
      const question = byId.get(q);
      const options = question && optionsOf(question);
      if (!options) continue;
      for (const v of values) if (!options.some((o) => o.value === v)) error(undefined, `families.${i}.when`, { code: 'notOptionOfQuestion', value: v, question: q });
    }
  });
  return problems;
}

import { evaluate } from '../bank/evaluate.js';
import type { Condition } from '../bank/condition.js';
import type { Answers } from '../bank/schema.js';
import type { Family, LicenseStatus, StatesContent } from './statesSchema.js';
import { answerOf } from '../bank/answerOf.js';

/** What the person's state says about the discipline family they are working toward, with its source. */
export interface LicenseFacts {
  state: string;
  family: Family;
  familyLabel: string;
  /** The rule in `families` that picked the family: the answers behind it explain the plan's state item. */
  familyWhen: Condition;
  status: LicenseStatus;
  note?: string;
  checked: string;
  agency: { name: string; url: string; none: boolean };
  source: { title: string; url: string };
}

/**
 * The person's state (a postal code answer) and discipline family (the first `families` rule their answers meet),
 * looked up in states.yaml. Undefined when either is missing: outside the US, "prefer not to say", not decided.
 */
export function lookUpLicense(states: StatesContent, answers: Answers): LicenseFacts | undefined {
  const code = answerOf(answers, states.question);
  if (typeof code !== 'string' || !Object.hasOwn(states.states, code)) return undefined;
  const family = states.families.find((f) => evaluate(f.when, answers));
  const state = states.states[code];
  if (!family || !state) return undefined;
  const entry = state.disciplines[family.id];
  const source = state.sources[entry.source];
  if (!source) return undefined;
  return {
    state: code,
    family: family.id,
    familyLabel: family.label,
    familyWhen: family.when,
    status: entry.status,
    ...(entry.note !== undefined ? { note: entry.note } : {}),
    checked: entry.checked,
    agency: { name: state.agency.name, url: state.agency.url, none: state.agency.none === true },
    source,
  };
}

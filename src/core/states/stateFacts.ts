import type { Condition } from '../bank/condition.js';
import type { Answers } from '../bank/schema.js';
import { lookUpLicense } from './lookUpLicense.js';
import type { StatesContent } from './statesSchema.js';

/** The looked-up answer plan conditions may read: `{ question: state_license, in: [licensed] }`. */
export const STATE_LICENSE = 'state_license';
/** Plan-text placeholders filled from states.yaml; only items whose `when` reads state_license may use them. */
export const STATE_PLACEHOLDERS = ['state_agency', 'state_agency_url', 'license_family', 'state_license_note', 'state_license_checked'] as const;
/** Source ids an item may cite to mean "the source of this person's state fact" and "the agency's page". */
export const STATE_SOURCES = ['state_license', 'state_agency'] as const;

export interface StateFacts {
  /** Merged over the answers before plan conditions are evaluated; empty when nothing could be looked up. */
  answers: Answers;
  placeholders: Record<string, string>;
  sources: Record<string, { title: string; url: string; checked: string }>;
  /** The question holding the state and the rule that picked the family: what the looked-up answer stands for. */
  lookedUpFrom?: { question: string; family: Condition };
}

const NOTHING: StateFacts = { answers: {}, placeholders: {}, sources: {} };

/** The person's state licensing fact as a plan reads it: a looked-up answer, placeholder values and two sources. */
export function stateFacts(states: StatesContent | undefined, answers: Answers): StateFacts {
  const facts = states ? lookUpLicense(states, answers) : undefined;
  if (!facts) return NOTHING;
  return {
    answers: { [STATE_LICENSE]: facts.status },
    placeholders: {
      state_agency: facts.agency.name,
      state_agency_url: facts.agency.url,
      license_family: facts.familyLabel,
      state_license_note: facts.note ?? '',
      state_license_checked: facts.checked,
    },
    sources: {
      state_license: { ...facts.source, checked: facts.checked },
      state_agency: { title: facts.agency.name, url: facts.agency.url, checked: facts.checked },
    },
    ...(states ? { lookedUpFrom: { question: states.question, family: facts.familyWhen } } : {}),
  };
}

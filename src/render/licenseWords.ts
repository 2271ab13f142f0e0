import type { Family, LicenseStatus, StatesContent } from '../core/states/statesSchema.js';

/** The words for states.yaml's codes, in one place for every format. */
export const FAMILY_NAME: Record<Family, string> = {
  radiography: 'Radiography',
  ct: 'CT',
  mri: 'MRI',
  mammography: 'Mammography',
  nuclear_medicine: 'Nuclear medicine',
  radiation_therapy: 'Radiation therapy',
  sonography: 'Sonography',
  bone_densitometry: 'Bone densitometry',
};

/** Column heads of the all-states table: short enough for 80 columns, spelt out in the legend. */
export const FAMILY_SHORT: Record<Family, string> = {
  radiography: 'Rad', ct: 'CT', mri: 'MRI', mammography: 'Mam', nuclear_medicine: 'NM', radiation_therapy: 'RT', sonography: 'Son', bone_densitometry: 'BD',
};

export const STATUS_WORD: Record<LicenseStatus, string> = { licensed: 'licensed', not_licensed: 'not licensed', unknown: 'not confirmed' };
/** In the table's cells: words, not colour or symbols, so a screen reader says what it means. */
export const STATUS_CELL: Record<LicenseStatus, string> = { licensed: 'yes', not_licensed: 'no', unknown: '?' };

export const TABLE_LEGEND = 'yes = the state licenses it · no = it does not · ? = not confirmed from the state’s own rules: ask the agency';
export const NO_LAW = 'This state has no law licensing radiologic personnel.';
export const TITLE = 'State licensing of radiologic personnel';
export const INTRO =
  'Who licenses what, per state and discipline, from each state’s own statute, rule or board page, with the month it was read. Rules change: verify with the agency before you act.';

/** The months a state's facts were read: one month, or the oldest and newest. */
export function checkedRange(state: StatesContent['states'][string]): string {
  const months = Object.values(state.disciplines).map((d) => d.checked).sort();
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  return first === last ? first : `${first} to ${last}`;
}

import type { DictionaryWords } from '../core/survey/dictionary.js';

/** The REDCap data dictionary's own words, for survey staff importing it. */
export const dictionaryWords: DictionaryWords = {
  recordLabels: {
    record_id: 'Record ID',
    response_id: "Response ID (random, from the respondent's export)",
    response_month: 'Month of the response',
    bank_version: 'Question bank version',
  },
  optionConditions: (groups) =>
    `Options shown only when a condition holds: ${groups.map(({ codes, logic }) => `${codes.join(', ')} if ${logic}`).join('; ')}. ` +
    'REDCap shows every choice; hiding these needs action tags added by hand.',
};

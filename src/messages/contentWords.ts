import type { ContentProblemCode, SchemaCode, UnsafeKind } from '../core/contentProblem.js';
import type { MessagesFor } from '../core/message.js';

/** Our schema findings, given to zod as codes (src/core/contentProblem.ts). */
const schemaWords: Record<SchemaCode, string> = {
  snakeCaseId: 'must be snake_case (a-z, 0-9, _), starting with a letter',
  snakeCaseOrStateCode: 'must be snake_case or a two-letter code',
  reservedName: 'is a name JavaScript reserves for every object (like constructor or __proto__); choose another id',
  personaId: 'must be lowercase words joined by -',
  themeWord: 'must be lower-case letters, at least 3, with an optional * at the end',
  uuidV4: 'must be a random UUID v4',
  yearMonth: 'must be YYYY-MM',
  consentVersion: 'must be 1–32 letters, digits, dots or dashes, e.g. 2026.12-1',
  minAboveMax: 'min must not be more than max',
};

/** A schema message in words: ours by its code, zod's as zod says it. */
export const schemaText = (text: string): string => (Object.hasOwn(schemaWords, text) ? schemaWords[text as SchemaCode] : text);

const unsafeWords: Record<UnsafeKind, string> = {
  tab: 'a tab',
  lineBreak: 'a line break',
  control: 'a control character',
  bidi: 'a bidi control character',
  invisible: 'an invisible character',
};

/** A character a bank text may not hold: `a control character (U+001B)`. */
export const unsafeCharacterWords = (found: { what: UnsafeKind; codePoint: string }): string => `${unsafeWords[found.what]} (${found.codePoint})`;

const keyed = (key: boolean, words: string) => (key ? `key ${words}` : words);

/** What is wrong in a question-bank folder, for its author: the file and field are said before these words. */
export const contentProblems: MessagesFor<ContentProblemCode> = {
  invalid: ({ text, key }) => keyed(key, schemaText(text)),
  unsafeText: ({ what, codePoint, key }) => keyed(key, `contains ${unsafeCharacterWords({ what, codePoint })}; remove it`),
  noSections: () => 'no section files found next to it (questions/sections/*.yaml)',
  duplicateQuestionId: ({ firstIn }) => `duplicate id; already used in ${firstIn}`,
  mustBeQuestion: ({ position, id }) => `question ${position} must be “${id}”`,
  unknownQuestion: ({ question }) => `refers to unknown question “${question}”`,
  askedLater: ({ question }) => `refers to “${question}”, which is not asked before this question`,
  notOptionOfQuestion: ({ value, question }) => `“${value}” is not an option of “${question}”`,
  duplicateOption: ({ value }) => `duplicate option value “${value}”`,
  exclusiveOnSingle: () => 'exclusive is only allowed on options of a multi question',
  defaultNotOption: ({ value }) => `default “${value}” is not one of the options`,
  exclusiveDefault: ({ value }) => `default combines “${value}”, which is exclusive, with other options`,
  sectionTwice: ({ id }) => `section “${id}” is listed twice`,
  placeholderNotQuestion: ({ name }) => `placeholder {${name}} is not a question id`,
  placeholderNeedsState: ({ name, reads }) => `placeholder {${name}} is filled from states.yaml: only an item whose when: reads ${reads} may use it`,
  itemTwice: () => 'duplicate item id',
  stateSourceNeedsState: ({ source, reads }) => `source “${source}” comes from states.yaml: only an item whose when: reads ${reads} may cite it`,
  unknownSource: ({ source }) => `unknown source “${source}”; add it under sources:`,
  stateItemNeedsBecause: ({ reads }) => `an item that reads ${reads} needs a “because:” saying why it applies`,
  notStatus: ({ value, statuses }) => `“${value}” is not a status (${statuses.join(', ')})`,
  everyoneNeedsBecause: () => 'an item for everyone needs a “because:” saying why it applies',
  noItem: ({ id }) => `no item “${id}”`,
  excludesItself: () => 'an item cannot exclude itself',
  sourceNeedsUrl: () => 'no url: say where the fact can be read (only the seed documents may go without)',
  sourceUncited: () => 'no item cites this source; remove it or cite it',
  notTextQuestion: ({ question }) => `“${question}” is not a text question`,
  notChoiceQuestion: ({ question }) => `“${question}” is not a choice question`,
  nothingToCompare: ({ question }) => `no option of “${question}” has an asrt_percent, so nothing would be compared`,
  usedSurveyOnly: () => 'plan.yaml uses this question; remove survey_only',
  surveyOnlyNeedsHelp: () => 'a survey_only question needs help text telling people it does not change their plan',
  unusedQuestion: () => 'no plan item uses this answer; use it in plan.yaml or mark the question survey_only: true',
  stateMissing: () => 'missing; every state, DC and Puerto Rico needs an entry with its agency',
  notJurisdiction: () => 'not a postal code of a US state, DC or Puerto Rico',
  noStateSource: ({ source }) => `no source “${source}” under this state's sources`,
  noLawNeedsSource: () => 'a state with no licensing law needs the source that shows it',
  checkedInFuture: ({ month }) => `${month} is in the future`,
  checkedLongAgo: ({ month, months }) => `checked ${month}, over ${months} months ago; read the source again`,
  stateSourceUncited: () => 'nothing cites this source; remove it or cite it',
  notChoiceQuestionOfBank: ({ question }) => `“${question}” is not a choice question of the bank`,
  coarsenTextQuestion: () => 'only single and multi questions can be coarsened',
  unknownCoarsening: ({ name }) => `no “coarsen: ${name}” in bank.yaml`,
  optionNotInGroup: ({ value, coarsening }) => `option “${value}” is in no group of coarsen.${coarsening}`,
  optionInGroups: ({ value, coarsening, groups }) => `option “${value}” is in more than one group (${groups.join(', ')}) of coarsen.${coarsening}`,
  groupNotOptions: ({ coarsening, group, values }) => `coarsen.${coarsening} group “${group}” lists ${values.join(', ')}, not options of this question`,
  dependsOnUnsent: ({ question }) => `depends on “${question}”, which is not exported as it is; keep “${question}” or omit this question too`,
  quasiIdentifierNotSent: () => 'must be a single or multi question that is exported',
};

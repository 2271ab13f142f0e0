/**
 * What is wrong in a question-bank folder (bank, sections, plan.yaml, states.yaml, personas), as a code with its data,
 * for the bank's author; src/messages/contentWords.ts words each one. Quoted values are as the file spells them.
 */
export type ContentProblemCode =
  // A schema's own finding: zod's words, or one of ours given as a code (SchemaCode) in place of a message.
  | { code: 'invalid'; text: string; key: boolean }
  | { code: 'unsafeText'; what: UnsafeKind; codePoint: string; key: boolean }
  // The bank's files and rules.
  | { code: 'noSections' }
  | { code: 'duplicateQuestionId'; firstIn: string }
  | { code: 'mustBeQuestion'; position: number; id: string }
  | { code: 'unknownQuestion'; question: string }
  | { code: 'askedLater'; question: string }
  | { code: 'notOptionOfQuestion'; value: string; question: string }
  | { code: 'duplicateOption'; value: string }
  | { code: 'exclusiveOnSingle' }
  | { code: 'defaultNotOption'; value: string }
  | { code: 'exclusiveDefault'; value: string }
  // plan.yaml
  | { code: 'sectionTwice'; id: string }
  | { code: 'placeholderNotQuestion'; name: string }
  | { code: 'placeholderNeedsState'; name: string; reads: string }
  | { code: 'itemTwice' }
  | { code: 'stateSourceNeedsState'; source: string; reads: string }
  | { code: 'unknownSource'; source: string }
  | { code: 'stateItemNeedsBecause'; reads: string }
  | { code: 'notStatus'; value: string; statuses: readonly string[] }
  | { code: 'everyoneNeedsBecause' }
  | { code: 'noItem'; id: string }
  | { code: 'excludesItself' }
  | { code: 'sourceNeedsUrl' }
  | { code: 'sourceUncited' }
  | { code: 'notTextQuestion'; question: string }
  | { code: 'notChoiceQuestion'; question: string }
  | { code: 'nothingToCompare'; question: string }
  | { code: 'usedSurveyOnly' }
  | { code: 'surveyOnlyNeedsHelp' }
  | { code: 'unusedQuestion' }
  // states.yaml
  | { code: 'stateMissing' }
  | { code: 'notJurisdiction' }
  | { code: 'noStateSource'; source: string }
  | { code: 'noLawNeedsSource' }
  | { code: 'checkedInFuture'; month: string }
  | { code: 'checkedLongAgo'; month: string; months: number }
  | { code: 'stateSourceUncited' }
  | { code: 'notChoiceQuestionOfBank'; question: string }
  // Export policies (bank.yaml coarsen:, a question's export:) and quasi_identifiers
  | { code: 'coarsenTextQuestion' }
  | { code: 'unknownCoarsening'; name: string }
  | { code: 'optionNotInGroup'; value: string; coarsening: string }
  | { code: 'optionInGroups'; value: string; coarsening: string; groups: readonly string[] }
  | { code: 'groupNotOptions'; coarsening: string; group: string; values: readonly string[] }
  | { code: 'dependsOnUnsent'; question: string }
  | { code: 'quasiIdentifierNotSent' };

/** The kinds of character a bank text may not hold. */
export type UnsafeKind = 'tab' | 'lineBreak' | 'control' | 'bidi' | 'invisible';

/**
 * Our own schema findings, given to zod as the message: a code, so the schema files hold no words. The problem's
 * `invalid` text is then one of these, worded by src/messages, or zod's own message.
 */
export const SCHEMA_CODES = ['snakeCaseId', 'snakeCaseOrStateCode', 'reservedName', 'personaId', 'themeWord', 'uuidV4', 'yearMonth', 'consentVersion', 'minAboveMax'] as const;
export type SchemaCode = (typeof SCHEMA_CODES)[number];

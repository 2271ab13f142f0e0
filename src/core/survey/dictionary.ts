import type { Condition } from '../bank/condition.js';
import type { Bank, QuestionInBank } from '../bank/schema.js';
import { redcapBranching, redcapCheckboxCode } from './redcapBranching.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';
import type { RedcapFieldType } from '../../kinds/KindCore.js';

/** The fields that describe a response rather than answer a question. */
export type RecordField = 'record_id' | 'response_id' | 'response_month' | 'bank_version';

/** The dictionary's own words for survey staff, given by the caller (src/messages/dictionaryWords.ts). */
export interface DictionaryWords {
  /** Each record field's label in REDCap. */
  recordLabels: Record<RecordField, string>;
  /** The annotation on a question whose options have their own show_if: which choices, under which logic. */
  optionConditions(groups: readonly { codes: string[]; logic: string }[]): string;
}

/** REDCap's data dictionary columns, in REDCap's order and spelling: a format REDCap reads, not words to translate. */
/* eslint-disable no-restricted-syntax -- REDCap's column names */
export const REDCAP_DICTIONARY_HEADER = [
  'Variable / Field Name',
  'Form Name',
  'Section Header',
  'Field Type',
  'Field Label',
  'Choices, Calculations, OR Slider Labels',
  'Field Note',
  'Text Validation Type OR Show Slider Number',
  'Text Validation Min',
  'Text Validation Max',
  'Identifier?',
  'Branching Logic (Show field only if...)',
  'Required Field?',
  'Custom Alignment',
  'Question Number (surveys only)',
  'Matrix Group Name',
  'Matrix Ranking?',
  'Field Annotation',
] as const;
/* eslint-enable no-restricted-syntax */

/** The one REDCap instrument every field belongs to. */
export const REDCAP_FORM_NAME = 'clinical_path';

interface FieldRow {
  name: string;
  type: RedcapFieldType;
  label: string;
  sectionHeader?: string;
  choices?: string;
  note?: string;
  identifier?: boolean;
  /** REDCap's text validation, e.g. integer from 0 to 300. */
  validation?: { type: string; min: string; max: string };
  branching?: string;
  required?: boolean;
  annotation?: string;
}

/** The fields that describe a response rather than answer a question, first in the dictionary and the import file. */
const RECORD_FIELDS: readonly (Omit<FieldRow, 'label'> & { name: RecordField })[] = [
  { name: 'record_id', type: 'text' },
  // A lasting pseudonym: the same in every copy a person sends, so it links them. REDCap hides identifiers from de-identified exports.
  { name: 'response_id', type: 'text', identifier: true },
  { name: 'response_month', type: 'text', note: 'YYYY-MM' },
  { name: 'bank_version', type: 'text' },
];

/** A label as REDCap choice text: one line, and no `|`, which REDCap reads as the choice separator. */
function choiceLabel(label: string): string {
  return label.replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
}

/** The raw value REDCap stores for an option: checkbox codes lowercased, single-choice values as they are. */
function choiceCode(question: QuestionInBank, value: string): string {
  return coreOf(question).redcap.checkboxes ? redcapCheckboxCode(value) : value;
}

/** The note on a choice question whose options have their own show_if, which a plain REDCap field cannot express. */
function optionConditionsNote(question: QuestionInBank, bank: Bank, words: DictionaryWords): string | undefined {
  const groups = new Map<string, string[]>();
  for (const option of optionsOf(question) ?? []) {
    if (!option.show_if) continue;
    const logic = redcapBranching(option.show_if, bank);
    groups.set(logic, [...(groups.get(logic) ?? []), choiceCode(question, option.value)]);
  }
  if (groups.size === 0) return undefined;
  return words.optionConditions([...groups].map(([logic, codes]) => ({ codes, logic })));
}

function questionField(question: QuestionInBank, bank: Bank, firstInSection: boolean, words: DictionaryWords): FieldRow {
  const { redcap } = coreOf(question);
  const options = optionsOf(question);
  return {
    name: question.id,
    type: redcap.fieldType(question),
    label: question.prompt,
    sectionHeader: firstInSection ? question.section : undefined,
    choices: options?.map((o) => `${choiceCode(question, o.value)}, ${choiceLabel(o.label)}`).join(' | '),
    note: question.help,
    // A quasi-identifier (bank.yaml) can point to a person together with the others: flagged like typed text.
    identifier: redcap.identifier(question) || bank.quasi_identifiers.includes(question.id),
    validation: redcap.validation?.(question),
    branching: question.show_if ? redcapBranching(question.show_if, bank) : undefined,
    // Not for tick boxes: REDCap would demand a tick in records where the question was never shown to the person.
    required: !question.optional && !redcap.checkboxes,
    annotation: optionConditionsNote(question, bank, words),
  };
}

function toRow(field: FieldRow): string[] {
  return [
    field.name,
    REDCAP_FORM_NAME,
    field.sectionHeader ?? '',
    field.type,
    field.label,
    field.choices ?? '',
    field.note ?? '',
    field.validation?.type ?? '',
    field.validation?.min ?? '',
    field.validation?.max ?? '',
    field.identifier ? 'y' : '',
    field.branching ?? '',
    field.required ? 'y' : '',
    '',
    '',
    '',
    '',
    field.annotation ?? '',
  ];
}

/**
 * The bank as a REDCap data dictionary: the header row, the record fields (record_id, response_id,
 * response_month, bank_version), then one field per question in bank order, all on one instrument.
 * Variable names are the question ids; checkbox codes are the option values lowercased.
 */
export function redcapDictionaryRows(bank: Bank, words: DictionaryWords): string[][] {
  const rows: string[][] = [[...REDCAP_DICTIONARY_HEADER]];
  for (const field of RECORD_FIELDS) rows.push(toRow({ ...field, label: words.recordLabels[field.name] }));
  bank.questions.forEach((question, i) => {
    const firstInSection = i === 0 || bank.questions[i - 1]!.section !== question.section;
    rows.push(toRow(questionField(question, bank, firstInSection, words)));
  });
  return rows;
}

/**
 * The column names of a REDCap import file for this bank, matching the dictionary: the record fields, then per
 * question its id, or for a multi-choice question one `id___code` column per option.
 */
export function redcapImportColumns(bank: Pick<Bank, 'questions'>): string[] {
  return [
    ...RECORD_FIELDS.map((f) => f.name),
    ...bank.questions.flatMap((q) =>
      coreOf(q).redcap.checkboxes ? (optionsOf(q) ?? []).map((o) => `${q.id}___${redcapCheckboxCode(o.value)}`) : [q.id],
    ),
    // REDCap's own form-status field: 2 marks each imported response as a complete record.
    `${REDCAP_FORM_NAME}_complete`,
  ];
}

export interface DictionaryOption {
  value: string;
  label: string;
  asrtPercent: number | null;
  showIf: Condition | null;
  redcapBranching: string | null;
}

export interface DictionaryQuestion {
  id: string;
  kind: QuestionInBank['kind'];
  section: string;
  label: string;
  prompt: string;
  help: string | null;
  optional: boolean;
  identifier: boolean;
  showIf: Condition | null;
  redcapBranching: string | null;
  /** Empty for a kind without options (text, number). */
  options: DictionaryOption[];
}

export interface DictionaryJson {
  bank: { id: string; version: string; title: string };
  questions: DictionaryQuestion[];
}

/** The bank as data for machines (`dictionary --format json`); absent fields are null so every key is always there. */
export function dictionaryJson(bank: Bank): DictionaryJson {
  return {
    bank: { id: bank.id, version: bank.version, title: bank.title },
    questions: bank.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      section: q.section,
      label: q.label ?? q.prompt,
      prompt: q.prompt,
      help: q.help ?? null,
      optional: q.optional,
      identifier: coreOf(q).redcap.identifier(q) || bank.quasi_identifiers.includes(q.id),
      showIf: q.show_if ?? null,
      redcapBranching: q.show_if ? redcapBranching(q.show_if, bank) : null,
      options: (optionsOf(q) ?? []).map((o) => ({
        value: o.value,
        label: o.label,
        asrtPercent: o.asrt_percent ?? null,
        showIf: o.show_if ?? null,
        redcapBranching: o.show_if ? redcapBranching(o.show_if, bank) : null,
      })),
    })),
  };
}

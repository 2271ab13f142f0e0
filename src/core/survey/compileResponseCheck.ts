import { evaluate } from '../bank/evaluate.js';
import type { Condition } from '../bank/condition.js';
import type { Answers, AnswerValue, Bank, Question } from '../bank/schema.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';
import { CONSENT_VERSION, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION, type ResponseFile } from './responseFile.js';
import { UUID_V4 } from './uuidV4.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

interface CompiledQuestion {
  index: number;
  question: Question;
  showIf: Condition | undefined;
  /** Option value → its show_if (null when always shown); empty for text questions. */
  options: Map<string, Condition | null>;
  exclusive: Set<string>;
  /** Whether the question or any of its options has a show_if: only these need the other answers. */
  conditional: boolean;
}

export interface ResponseCheck {
  /**
   * The response as validateResponse would return it, when `record` is certainly a valid response to
   * the bank whose every answer is kept; otherwise null, and validateResponse decides (and says why).
   * Never wrong when it says yes: it accepts only what validateResponse accepts unchanged.
   */
  check(record: unknown): ResponseFile | null;
  /** How many object keys the last accepted record had: with the text's colons, tells a key given twice. */
  readonly keys: number;
}

/**
 * The response-file schema and the bank's answer rules compiled into one pass over a record, for
 * `report` and `collect` over a million lines: plain property reads and map lookups, where the generic
 * path runs a zod schema, then validates and prunes the answers with lists of questions per record.
 */
export function compileResponseCheck(bank: Bank): ResponseCheck {
  const byId = new Map<string, CompiledQuestion>();
  bank.questions.forEach((question, index) => {
    const options = new Map<string, Condition | null>();
    const exclusive = new Set<string>();
    // validate allows `exclusive` on tick-box options only.
    for (const option of optionsOf(question) ?? []) {
      options.set(option.value, option.show_if ?? null);
      if (option.exclusive) exclusive.add(option.value);
    }
    const conditional = question.show_if !== undefined || [...options.values()].some((c) => c !== null);
    byId.set(question.id, { index, question, showIf: question.show_if, options, exclusive, conditional });
  });
  let keys = 0;

  // Everything about one answer that does not depend on the others: its type, its options, the exclusive rule.
  const answerIsValid = ({ question, options, exclusive }: CompiledQuestion, value: unknown): boolean => {
    // A kind without options (text, number) reads no other answer: its own check is already one pass.
    if (!optionsOf(question)) return coreOf(question).check(question, value as AnswerValue, {}) === null;
    if (coreOf(question).tally === 'one') {
      if (typeof value !== 'string') return false;
      return value === '' ? question.optional : options.has(value);
    }
    if (!Array.isArray(value) || (value.length === 0 && !question.optional)) return false;
    let exclusiveChosen = false;
    for (let i = 0; i < value.length; i += 1) {
      const v: unknown = value[i];
      if (typeof v !== 'string' || !options.has(v) || value.indexOf(v) !== i) return false;
      if (exclusive.has(v)) exclusiveChosen = true;
    }
    return !(exclusiveChosen && value.length > 1);
  };

  // Shown, with every chosen option shown, given all the answers (each already valid, so evaluate can read them).
  const answerIsShown = ({ showIf, options }: CompiledQuestion, value: AnswerValue, answers: Answers): boolean => {
    if (showIf !== undefined && !evaluate(showIf, answers)) return false;
    if (options.size === 0) return true;
    for (const v of typeof value === 'string' ? (value === '' ? [] : [value]) : value) {
      const showIfOption = options.get(v);
      if (showIfOption && !evaluate(showIfOption, answers)) return false;
    }
    return true;
  };

  const check = (record: unknown): ResponseFile | null => {
    if (typeof record !== 'object' || record === null) return null;
    const r = record as Record<string, unknown>;
    const given = r.bank as Record<string, unknown> | undefined;
    const answers = r.answers as Record<string, unknown> | undefined;
    if (r.format !== RESPONSE_FORMAT || r.formatVersion !== RESPONSE_FORMAT_VERSION) return null;
    if (typeof given !== 'object' || given === null || given.id !== bank.id || given.version !== bank.version) return null;
    if (typeof r.responseId !== 'string' || !UUID_V4.test(r.responseId) || typeof r.month !== 'string' || !MONTH.test(r.month)) return null;
    if (!Number.isSafeInteger(r.revision) || (r.revision as number) < 1 || (r.revision as number) > 1_000_000) return null;
    if (typeof r.consentVersion !== 'string' || !CONSENT_VERSION.test(r.consentVersion)) return null;
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
    if (!hasOnlyKeys(r, RESPONSE_KEYS) || !hasOnlyKeys(given, BANK_KEYS)) return null;
    let count = 0;
    let inOrder = true;
    let last = -1;
    let conditional = false;
    for (const id in answers) {
      const entry = byId.get(id);
      if (entry === undefined || !Object.hasOwn(answers, id) || !answerIsValid(entry, answers[id])) return null;
      count += 1;
      inOrder &&= entry.index > last;
      last = entry.index;
      conditional ||= entry.conditional;
    }
    if (conditional) {
      for (const id in answers) {
        const entry = byId.get(id)!;
        if (entry.conditional && !answerIsShown(entry, answers[id] as AnswerValue, answers as Answers)) return null;
      }
    }
    keys = 10 + count;
    return {
      format: RESPONSE_FORMAT,
      formatVersion: RESPONSE_FORMAT_VERSION,
      bank: { id: bank.id, version: bank.version },
      responseId: r.responseId,
      revision: r.revision as number,
      consentVersion: r.consentVersion,
      month: r.month,
      answers: inOrder ? (answers as Record<string, AnswerValue>) : inBankOrder(bank, answers as Record<string, AnswerValue>),
    };
  };
  return {
    check,
    get keys() {
      return keys;
    },
  };
}

const RESPONSE_KEYS = new Set(['format', 'formatVersion', 'bank', 'responseId', 'revision', 'consentVersion', 'month', 'answers']);
const BANK_KEYS = new Set(['id', 'version']);

/** Exactly these own keys and no others (each was read above, so none is missing or inherited unnoticed). */
function hasOnlyKeys(object: object, names: Set<string>): boolean {
  let count = 0;
  for (const key in object) {
    if (!Object.hasOwn(object, key) || !names.has(key)) return false;
    count += 1;
  }
  return count === names.size;
}

function inBankOrder(bank: Bank, answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const ordered: Record<string, AnswerValue> = {};
  for (const { id } of bank.questions) if (Object.hasOwn(answers, id)) ordered[id] = answers[id]!;
  return ordered;
}

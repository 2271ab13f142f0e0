import type { Coarsening } from '../bank/exportPolicy.js';
import type { AnswerValue, Bank, QuestionInBank } from '../bank/schema.js';
import { optionsOf } from '../../kinds/coreKinds.js';

/**
 * The bank as response files see it, after each question's export policy: omitted questions gone, coarsened ones
 * with their groups as options (state → northeast, midwest, …). collect, report and the REDCap dictionary read
 * records against this view, since that is what the records contain. `validate` makes sure no question that is
 * sent depends (show_if) on one that is coarsened or omitted, so nothing here needs rewriting conditions.
 */
export function exportedBank(bank: Bank): Bank {
  const questions: QuestionInBank[] = [];
  for (const question of bank.questions) {
    const policy = question.export;
    if (policy === 'omit') continue;
    // Only options can be grouped; validate refuses a coarsening on a kind without them.
    if (policy === 'keep' || !optionsOf(question)) {
      questions.push(question);
      continue;
    }
    const coarsening = bank.coarsen?.[policy.coarsen];
    if (!coarsening) continue;
    const options = coarsening.groups.map((g) => ({ value: g.value, label: g.label }));
    // A published share belongs to the fine options; the groups have none. Filtering a handful of groups is noise.
    questions.push({ ...question, options, filter: false, default: undefined } as QuestionInBank);
  }
  return { ...bank, questions };
}

/** The value an export sends for an answer to `question`: itself, its group, or undefined when it is not sent. */
export function exportValue(bank: Bank, question: QuestionInBank, value: AnswerValue): AnswerValue | undefined {
  const policy = question.export;
  if (policy === 'omit') return undefined;
  if (policy === 'keep') return Array.isArray(value) ? [...value] : value;
  const coarsening = bank.coarsen?.[policy.coarsen];
  if (!coarsening) return undefined;
  if (!Array.isArray(value)) return value === '' ? '' : groupOf(coarsening, value);
  const groups: string[] = [];
  for (const v of value) {
    const group = groupOf(coarsening, v);
    if (group !== undefined && !groups.includes(group)) groups.push(group);
  }
  return groups;
}

function groupOf(coarsening: Coarsening, value: string): string | undefined {
  return coarsening.groups.find((g) => g.from.includes(value))?.value;
}

import { questionsIn } from './evaluate.js';
import type { Condition } from './condition.js';
import type { Bank } from './schema.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';
import type { ContentProblemCode } from '../contentProblem.js';

export interface RuleProblem {
  questionId?: string;
  field?: string;
  problem: ContentProblemCode;
}

/** The questions the plan and the report depend on: their order and kinds are part of the contract. */
const REQUIRED_FIRST = ['pathway', 'discipline'] as const;

/** Rules a schema cannot express: references between questions, option values, order. */
export function checkBankRules(bank: Bank): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const index = new Map(bank.questions.map((q, i) => [q.id, i]));

  REQUIRED_FIRST.forEach((id, position) => {
    if (bank.questions[position]?.id !== id) {
      problems.push({ questionId: bank.questions[position]?.id, field: 'id', problem: { code: 'mustBeQuestion', position: position + 1, id } });
    }
  });

  const checkCondition = (condition: Condition, at: number, questionId: string, field: string) => {
    for (const ref of questionsIn(condition)) {
      const refIndex = index.get(ref);
      if (refIndex === undefined) {
        problems.push({ questionId, field, problem: { code: 'unknownQuestion', question: ref } });
      } else if (refIndex >= at) {
        problems.push({ questionId, field, problem: { code: 'askedLater', question: ref } });
      }
    }
    for (const [ref, values] of conditionValues(condition)) {
      const target = bank.questions[index.get(ref) ?? -1];
      const options = target && optionsOf(target);
      if (!options) continue;
      for (const v of values) {
        if (!options.some((o) => o.value === v)) {
          problems.push({ questionId, field, problem: { code: 'notOptionOfQuestion', value: v, question: ref } });
        }
      }
    }
  };

  bank.questions.forEach((q, at) => {
    if (q.show_if) checkCondition(q.show_if, at, q.id, 'show_if');
    const options = optionsOf(q) ?? [];
    const values = options.map((o) => o.value);
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) problems.push({ questionId: q.id, field: `options.${i}.value`, problem: { code: 'duplicateOption', value: v } });
    });
    options.forEach((o, i) => {
      if (o.show_if) checkCondition(o.show_if, at, q.id, `options.${i}.show_if`);
    });
    // The kind's own rules: exclusive options, defaults among the options.
    for (const p of coreOf(q).checkQuestion(q)) problems.push({ questionId: q.id, ...p });
  });
  return problems;
}

/** Each `{question, in}` in a condition as [question, values]. */
export function conditionValues(condition: Condition): [string, string[]][] {
  if ('all' in condition) return condition.all.flatMap(conditionValues);
  if ('any' in condition) return condition.any.flatMap(conditionValues);
  if ('not' in condition) return conditionValues(condition.not);
  return 'in' in condition ? [[condition.question, condition.in]] : [];
}

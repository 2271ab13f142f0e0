import { questionsIn } from './evaluate.js';
import type { Condition } from './condition.js';
import type { Bank } from './schema.js';
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
      if (!target || target.kind === 'text') continue;
      for (const v of values) {
        if (!target.options.some((o) => o.value === v)) {
          problems.push({ questionId, field, problem: { code: 'notOptionOfQuestion', value: v, question: ref } });
        }
      }
    }
  };

  bank.questions.forEach((q, at) => {
    if (q.show_if) checkCondition(q.show_if, at, q.id, 'show_if');
    if (q.kind === 'text') return;
    const values = q.options.map((o) => o.value);
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) problems.push({ questionId: q.id, field: `options.${i}.value`, problem: { code: 'duplicateOption', value: v } });
    });
    q.options.forEach((o, i) => {
      if (o.show_if) checkCondition(o.show_if, at, q.id, `options.${i}.show_if`);
      // On a single choice every option is already answered on its own; the flag would promise a rule that does nothing.
      if (o.exclusive && q.kind !== 'multi') {
        problems.push({ questionId: q.id, field: `options.${i}.exclusive`, problem: { code: 'exclusiveOnSingle' } });
      }
    });
    const defaults = q.default === undefined ? [] : Array.isArray(q.default) ? q.default : [q.default];
    for (const d of defaults) {
      if (!values.includes(d)) problems.push({ questionId: q.id, field: 'default', problem: { code: 'defaultNotOption', value: d } });
    }
    const exclusiveDefault = defaults.find((d) => q.options.some((o) => o.value === d && o.exclusive));
    if (q.kind === 'multi' && exclusiveDefault !== undefined && defaults.length > 1) {
      problems.push({ questionId: q.id, field: 'default', problem: { code: 'exclusiveDefault', value: exclusiveDefault } });
    }
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

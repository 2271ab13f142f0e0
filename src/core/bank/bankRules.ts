import { questionsIn } from './evaluate.js';
import type { Condition } from './condition.js';
import type { Bank } from './schema.js';

export interface RuleProblem {
  questionId?: string;
  field?: string;
  message: string;
}

/** The questions the plan and the report depend on: their order and kinds are part of the contract. */
const REQUIRED_FIRST = ['pathway', 'discipline'] as const;

/** Rules a schema cannot express: references between questions, option values, order. */
export function checkBankRules(bank: Bank): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const index = new Map(bank.questions.map((q, i) => [q.id, i]));

  REQUIRED_FIRST.forEach((id, position) => {
    if (bank.questions[position]?.id !== id) {
      problems.push({ questionId: bank.questions[position]?.id, field: 'id', message: `question ${position + 1} must be “${id}”` });
    }
  });

  const checkCondition = (condition: Condition, at: number, questionId: string, field: string) => {
    for (const ref of questionsIn(condition)) {
      const refIndex = index.get(ref);
      if (refIndex === undefined) {
        problems.push({ questionId, field, message: `refers to unknown question “${ref}”` });
      } else if (refIndex >= at) {
        problems.push({ questionId, field, message: `refers to “${ref}”, which is not asked before this question` });
      }
    }
    for (const [ref, values] of conditionValues(condition)) {
      const target = bank.questions[index.get(ref) ?? -1];
      if (!target || target.kind === 'text') continue;
      for (const v of values) {
        if (!target.options.some((o) => o.value === v)) {
          problems.push({ questionId, field, message: `“${v}” is not an option of “${ref}”` });
        }
      }
    }
  };

  bank.questions.forEach((q, at) => {
    if (q.show_if) checkCondition(q.show_if, at, q.id, 'show_if');
    if (q.kind === 'text') return;
    const values = q.options.map((o) => o.value);
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) problems.push({ questionId: q.id, field: `options.${i}.value`, message: `duplicate option value “${v}”` });
    });
    q.options.forEach((o, i) => {
      if (o.show_if) checkCondition(o.show_if, at, q.id, `options.${i}.show_if`);
      // On a single choice every option is already answered on its own; the flag would promise a rule that does nothing.
      if (o.exclusive && q.kind !== 'multi') {
        problems.push({ questionId: q.id, field: `options.${i}.exclusive`, message: 'exclusive is only allowed on options of a multi question' });
      }
    });
    const defaults = q.default === undefined ? [] : Array.isArray(q.default) ? q.default : [q.default];
    for (const d of defaults) {
      if (!values.includes(d)) problems.push({ questionId: q.id, field: 'default', message: `default “${d}” is not one of the options` });
    }
    const exclusiveDefault = defaults.find((d) => q.options.some((o) => o.value === d && o.exclusive));
    if (q.kind === 'multi' && exclusiveDefault !== undefined && defaults.length > 1) {
      problems.push({ questionId: q.id, field: 'default', message: `default combines “${exclusiveDefault}”, which is exclusive, with other options` });
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

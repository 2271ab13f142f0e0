import { conditionValues } from '../bank/bankRules.js';
import { questionsIn } from '../bank/evaluate.js';
import type { Bank } from '../bank/schema.js';
import type { PlanContent } from './planContentSchema.js';

export interface PlanProblem {
  field: string;
  message: string;
}

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** Cross-checks plan.yaml against the bank: questions, option values, placeholders and source ids must exist. */
export function checkPlanContent(bank: Bank, plan: PlanContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const seenItems = new Set<string>();
  const sectionIds = plan.sections.map((s) => s.id);
  sectionIds.forEach((id, i) => {
    if (sectionIds.indexOf(id) !== i) problems.push({ field: `sections.${i}.id`, message: `section “${id}” is listed twice` });
  });
  const checkPlaceholders = (text: string | undefined, field: string) => {
    for (const [, name] of (text ?? '').matchAll(PLACEHOLDER)) {
      if (name && !byId.has(name) && name !== 'percent' && name !== 'option') problems.push({ field, message: `placeholder {${name}} is not a question id` });
    }
  };
  plan.sections.forEach((s, i) => checkPlaceholders(s.intro, `sections.${i}.intro`));

  plan.items.forEach((item, i) => {
    const at = `items.${i} (${item.id})`;
    if (seenItems.has(item.id)) problems.push({ field: at, message: 'duplicate item id' });
    seenItems.add(item.id);
    for (const s of item.sources) {
      if (!(s in plan.sources)) problems.push({ field: `${at}.sources`, message: `unknown source “${s}”; add it under sources:` });
    }
    if (item.when) {
      for (const q of questionsIn(item.when)) {
        if (!byId.has(q)) problems.push({ field: `${at}.when`, message: `refers to unknown question “${q}”` });
      }
      for (const [q, values] of conditionValues(item.when)) {
        const question = byId.get(q);
        if (!question || question.kind === 'text') continue;
        for (const v of values) {
          if (!question.options.some((o) => o.value === v)) problems.push({ field: `${at}.when`, message: `“${v}” is not an option of “${q}”` });
        }
      }
    } else if (!item.because) {
      problems.push({ field: at, message: 'an item for everyone needs a “because:” saying why it applies' });
    }
    checkPlaceholders(item.text, `${at}.text`);
    checkPlaceholders(item.because, `${at}.because`);
  });
  plan.comparisons.forEach((c, i) => {
    const q = byId.get(c.question);
    if (!q || q.kind === 'text') problems.push({ field: `comparisons.${i}.question`, message: `“${c.question}” is not a choice question` });
    else if (!q.options.some((o) => o.asrt_percent !== undefined)) problems.push({ field: `comparisons.${i}.question`, message: `no option of “${c.question}” has an asrt_percent, so nothing would be compared` });
  });
  return problems;
}

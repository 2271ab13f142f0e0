import { conditionValues } from '../bank/bankRules.js';
import { questionsIn } from '../bank/evaluate.js';
import type { Bank } from '../bank/schema.js';
import { PLACEHOLDER } from './fillPlaceholders.js';
import type { PlanContent } from './planContentSchema.js';
import { STATE_LICENSE, STATE_PLACEHOLDERS, STATE_SOURCES } from '../states/stateFacts.js';
import { STATUSES } from '../states/statesSchema.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';

export interface PlanProblem {
  field: string;
  message: string;
}


/** Cross-checks plan.yaml against the bank: questions, option values, placeholders and source ids must exist. */
export function checkPlanContent(bank: Bank, plan: PlanContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const seenItems = new Set<string>();
  const sectionIds = plan.sections.map((s) => s.id);
  sectionIds.forEach((id, i) => {
    if (sectionIds.indexOf(id) !== i) problems.push({ field: `sections.${i}.id`, message: `section “${id}” is listed twice` });
  });
  const stateNames = new Set<string>(STATE_PLACEHOLDERS);
  const checkPlaceholders = (text: string | undefined, field: string, readsState = false) => {
    for (const [, name] of (text ?? '').matchAll(PLACEHOLDER)) {
      if (!name || byId.has(name) || name === 'percent' || name === 'option') continue;
      if (!stateNames.has(name)) problems.push({ field, message: `placeholder {${name}} is not a question id` });
      else if (!readsState) problems.push({ field, message: `placeholder {${name}} is filled from states.yaml: only an item whose when: reads ${STATE_LICENSE} may use it` });
    }
  };
  plan.sections.forEach((s, i) => checkPlaceholders(s.intro, `sections.${i}.intro`));

  plan.items.forEach((item, i) => {
    const at = `items.${i} (${item.id})`;
    if (seenItems.has(item.id)) problems.push({ field: at, message: 'duplicate item id' });
    seenItems.add(item.id);
    const readsState = item.when !== undefined && questionsIn(item.when).includes(STATE_LICENSE);
    for (const s of item.sources) {
      if ((STATE_SOURCES as readonly string[]).includes(s)) {
        if (!readsState) problems.push({ field: `${at}.sources`, message: `source “${s}” comes from states.yaml: only an item whose when: reads ${STATE_LICENSE} may cite it` });
      } else if (!(s in plan.sources)) problems.push({ field: `${at}.sources`, message: `unknown source “${s}”; add it under sources:` });
    }
    if (readsState && !item.because) problems.push({ field: at, message: `an item that reads ${STATE_LICENSE} needs a “because:” saying why it applies` });
    if (item.when) {
      for (const q of questionsIn(item.when)) {
        if (!byId.has(q) && q !== STATE_LICENSE) problems.push({ field: `${at}.when`, message: `refers to unknown question “${q}”` });
      }
      for (const [q, values] of conditionValues(item.when)) {
        if (q === STATE_LICENSE) {
          for (const v of values) if (!(STATUSES as readonly string[]).includes(v)) problems.push({ field: `${at}.when`, message: `“${v}” is not a status (${STATUSES.join(', ')})` });
          continue;
        }
        const question = byId.get(q);
        const options = question && optionsOf(question);
        if (!options) continue;
        for (const v of values) {
          if (!options.some((o) => o.value === v)) problems.push({ field: `${at}.when`, message: `“${v}” is not an option of “${q}”` });
        }
      }
    } else if (!item.because) {
      problems.push({ field: at, message: 'an item for everyone needs a “because:” saying why it applies' });
    }
    checkPlaceholders(item.text, `${at}.text`, readsState);
    checkPlaceholders(item.title, `${at}.title`, readsState);
    checkPlaceholders(item.next_step, `${at}.next_step`, readsState);
    checkPlaceholders(item.because, `${at}.because`, readsState);
  });
  const itemIds = new Set(plan.items.map((i) => i.id));
  plan.items.forEach((item, i) => {
    for (const other of item.excludes ?? []) {
      if (!itemIds.has(other)) problems.push({ field: `items.${i} (${item.id}).excludes`, message: `no item “${other}”` });
      if (other === item.id) problems.push({ field: `items.${i} (${item.id}).excludes`, message: 'an item cannot exclude itself' });
    }
  });
  const cited = new Set(plan.items.flatMap((i) => i.sources));
  for (const [id, source] of Object.entries(plan.sources)) {
    if (source.url === undefined && source.seed !== true) problems.push({ field: `sources.${id}`, message: 'no url: say where the fact can be read (only the seed documents may go without)' });
    if (!cited.has(id)) problems.push({ field: `sources.${id}`, message: 'no item cites this source; remove it or cite it' });
  }
  if (plan.obstacle) {
    const q = byId.get(plan.obstacle.question);
    if (!q || !coreOf(q).typedText) problems.push({ field: 'obstacle.question', message: `“${plan.obstacle.question}” is not a text question` });
    plan.obstacle.themes.forEach((theme, i) => {
      for (const id of theme.items) if (!itemIds.has(id)) problems.push({ field: `obstacle.themes.${i} (${theme.id}).items`, message: `no item “${id}”` });
    });
  }
  plan.comparisons.forEach((c, i) => {
    for (const ref of c.when ? questionsIn(c.when) : []) {
      if (!byId.has(ref)) problems.push({ field: `comparisons.${i}.when`, message: `refers to unknown question “${ref}”` });
    }
    const q = byId.get(c.question);
    const options = q && optionsOf(q);
    if (!options) problems.push({ field: `comparisons.${i}.question`, message: `“${c.question}” is not a choice question` });
    else if (!options.some((o) => o.asrt_percent !== undefined)) problems.push({ field: `comparisons.${i}.question`, message: `no option of “${c.question}” has an asrt_percent, so nothing would be compared` });
  });
  return problems;
}

/**
 * The plan's use of each question: whether any item's condition or wording, a comparison or the obstacle reads it.
 * A question the plan never reads must be `survey_only: true`, and one marked so must not be read: a person who
 * answers should never be ignored, and one told "this is only for the survey" should not be second-guessed.
 */
export function checkQuestionUse(bank: Bank, plan: PlanContent): { questionId: string; field: string; message: string }[] {
  const used = new Set<string>();
  const read = (text: string | undefined) => {
    for (const [, name] of (text ?? '').matchAll(PLACEHOLDER)) if (name) used.add(name);
  };
  for (const item of plan.items) {
    if (item.when) for (const q of questionsIn(item.when)) used.add(q);
    read(item.text);
    read(item.title);
    read(item.next_step);
  }
  for (const s of plan.sections) read(s.intro);
  for (const c of plan.comparisons) used.add(c.question);
  if (plan.obstacle) used.add(plan.obstacle.question);
  return bank.questions.flatMap((q) => {
    if (q.survey_only && used.has(q.id)) return [{ questionId: q.id, field: 'survey_only', message: 'plan.yaml uses this question; remove survey_only' }];
    if (q.survey_only && !q.help?.trim()) return [{ questionId: q.id, field: 'help', message: 'a survey_only question needs help text telling people it does not change their plan' }];
    if (!q.survey_only && !used.has(q.id)) return [{ questionId: q.id, field: 'id', message: 'no plan item uses this answer; use it in plan.yaml or mark the question survey_only: true' }];
    return [];
  });
}

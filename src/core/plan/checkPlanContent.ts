import { conditionValues } from '../bank/bankRules.js';
import { questionsIn } from '../bank/evaluate.js';
import type { Bank } from '../bank/schema.js';
import { PLACEHOLDER } from './fillPlaceholders.js';
import type { PlanContent } from './planContentSchema.js';
import { STATE_LICENSE, STATE_PLACEHOLDERS, STATE_SOURCES } from '../states/stateFacts.js';
import { STATUSES } from '../states/statesSchema.js';
import { coreOf, optionsOf } from '../../kinds/coreKinds.js';
import type { ContentProblemCode } from '../contentProblem.js';

export interface PlanProblem {
  field: string;
  problem: ContentProblemCode;
}

/** Cross-checks plan.yaml against the bank: questions, option values, placeholders and source ids must exist. */
export function checkPlanContent(bank: Bank, plan: PlanContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const seenItems = new Set<string>();
  const sectionIds = plan.sections.map((s) => s.id);
  sectionIds.forEach((id, i) => {
    if (sectionIds.indexOf(id) !== i) problems.push({ field: `sections.${i}.id`, problem: { code: 'sectionTwice', id } });
  });
  const stateNames = new Set<string>(STATE_PLACEHOLDERS);
  const checkPlaceholders = (text: string | undefined, field: string, readsState = false) => {
    for (const [, name] of (text ?? '').matchAll(PLACEHOLDER)) {
      if (!name || byId.has(name) || name === 'percent' || name === 'option') continue;
      if (!stateNames.has(name)) problems.push({ field, problem: { code: 'placeholderNotQuestion', name } });
      else if (!readsState) problems.push({ field, problem: { code: 'placeholderNeedsState', name, reads: STATE_LICENSE } });
    }
  };
  plan.sections.forEach((s, i) => checkPlaceholders(s.intro, `sections.${i}.intro`));

  plan.items.forEach((item, i) => {
    const at = `items.${i} (${item.id})`;
    if (seenItems.has(item.id)) problems.push({ field: at, problem: { code: 'itemTwice' } });
    seenItems.add(item.id);
    const readsState = item.when !== undefined && questionsIn(item.when).includes(STATE_LICENSE);
    for (const s of item.sources) {
      if ((STATE_SOURCES as readonly string[]).includes(s)) {
        if (!readsState) problems.push({ field: `${at}.sources`, problem: { code: 'stateSourceNeedsState', source: s, reads: STATE_LICENSE } });
      } else if (!(s in plan.sources)) problems.push({ field: `${at}.sources`, problem: { code: 'unknownSource', source: s } });
    }
    if (readsState && !item.because) problems.push({ field: at, problem: { code: 'stateItemNeedsBecause', reads: STATE_LICENSE } });
    if (item.when) {
      for (const q of questionsIn(item.when)) {
        if (!byId.has(q) && q !== STATE_LICENSE) problems.push({ field: `${at}.when`, problem: { code: 'unknownQuestion', question: q } });
      }
      for (const [q, values] of conditionValues(item.when)) {
        if (q === STATE_LICENSE) {
          for (const v of values) if (!(STATUSES as readonly string[]).includes(v)) problems.push({ field: `${at}.when`, problem: { code: 'notStatus', value: v, statuses: STATUSES } });
          continue;
        }
        const question = byId.get(q);
        const options = question && optionsOf(question);
        if (!options) continue;
        for (const v of values) {
          if (!options.some((o) => o.value === v)) problems.push({ field: `${at}.when`, problem: { code: 'notOptionOfQuestion', value: v, question: q } });
        }
      }
    } else if (!item.because) {
      problems.push({ field: at, problem: { code: 'everyoneNeedsBecause' } });
    }
    checkPlaceholders(item.text, `${at}.text`, readsState);
    checkPlaceholders(item.title, `${at}.title`, readsState);
    checkPlaceholders(item.next_step, `${at}.next_step`, readsState);
    checkPlaceholders(item.because, `${at}.because`, readsState);
  });
  const itemIds = new Set(plan.items.map((i) => i.id));
  plan.items.forEach((item, i) => {
    for (const other of item.excludes ?? []) {
      if (!itemIds.has(other)) problems.push({ field: `items.${i} (${item.id}).excludes`, problem: { code: 'noItem', id: other } });
      if (other === item.id) problems.push({ field: `items.${i} (${item.id}).excludes`, problem: { code: 'excludesItself' } });
    }
  });
  const cited = new Set(plan.items.flatMap((i) => i.sources));
  for (const [id, source] of Object.entries(plan.sources)) {
    if (source.url === undefined && source.seed !== true) problems.push({ field: `sources.${id}`, problem: { code: 'sourceNeedsUrl' } });
    if (!cited.has(id)) problems.push({ field: `sources.${id}`, problem: { code: 'sourceUncited' } });
  }
  if (plan.obstacle) {
    const q = byId.get(plan.obstacle.question);
    if (!q || !coreOf(q).typedText) problems.push({ field: 'obstacle.question', problem: { code: 'notTextQuestion', question: plan.obstacle.question } });
    plan.obstacle.themes.forEach((theme, i) => {
      for (const id of theme.items) if (!itemIds.has(id)) problems.push({ field: `obstacle.themes.${i} (${theme.id}).items`, problem: { code: 'noItem', id } });
    });
  }
  plan.comparisons.forEach((c, i) => {
    for (const ref of c.when ? questionsIn(c.when) : []) {
      if (!byId.has(ref)) problems.push({ field: `comparisons.${i}.when`, problem: { code: 'unknownQuestion', question: ref } });
    }
    const q = byId.get(c.question);
    const options = q && optionsOf(q);
    if (!options) problems.push({ field: `comparisons.${i}.question`, problem: { code: 'notChoiceQuestion', question: c.question } });
    else if (!options.some((o) => o.asrt_percent !== undefined)) problems.push({ field: `comparisons.${i}.question`, problem: { code: 'nothingToCompare', question: c.question } });
  });
  return problems;
}

/**
 * The plan's use of each question: whether any item's condition or wording, a comparison or the obstacle reads it.
 * A question the plan never reads must be `survey_only: true`, and one marked so must not be read: a person who
 * answers should never be ignored, and one told "this is only for the survey" should not be second-guessed.
 */
export function checkQuestionUse(bank: Bank, plan: PlanContent): { questionId: string; field: string; problem: ContentProblemCode }[] {
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
  return bank.questions.flatMap((q): { questionId: string; field: string; problem: ContentProblemCode }[] => {
    if (q.survey_only && used.has(q.id)) return [{ questionId: q.id, field: 'survey_only', problem: { code: 'usedSurveyOnly' } }];
    if (q.survey_only && !q.help?.trim()) return [{ questionId: q.id, field: 'help', problem: { code: 'surveyOnlyNeedsHelp' } }];
    if (!q.survey_only && !used.has(q.id)) return [{ questionId: q.id, field: 'id', problem: { code: 'unusedQuestion' } }];
    return [];
  });
}

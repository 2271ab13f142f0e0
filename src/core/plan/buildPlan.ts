import { evaluate } from '../bank/evaluate.js';
import type { Answers, Bank, Question } from '../bank/schema.js';
import { compareWithSurvey } from './compareWithSurvey.js';
import { explainWhen, FOR_EVERYONE } from './explainWhen.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { formatMonth } from './formatMonth.js';
import type { Plan, PlanContent, PlanContentItem, PlanItem, PlanSection, PlanSource } from './planContentSchema.js';

/**
 * The tailored plan: plan.yaml's sections in file order, each with the items whose `when` holds for these answers
 * (no `when`: everyone), wording filled in from the answers, why each item is there, and where its facts come from.
 * Pure and deterministic; partial answers give a partial plan, never an exception. `now` dates the plan (UTC month).
 */
export function buildPlan(bank: Bank, content: PlanContent, answers: Answers, now: Date): Plan {
  const questions: ReadonlyMap<string, Question> = new Map(bank.questions.map((q) => [q.id, q]));
  const fill = (text: string) => fillPlaceholders(text, questions, answers);

  const toItem = (item: PlanContentItem): PlanItem => ({
    id: item.id,
    text: fill(item.text),
    why: item.because?.trim() ? fill(item.because) : item.when ? explainWhen(item.when, questions, answers) : FOR_EVERYONE,
    sources: item.sources.map((id) => resolveSource(content, id)),
  });

  const sections = content.sections.map((section): PlanSection => ({
    id: section.id,
    title: section.title,
    ...(section.intro !== undefined ? { intro: fill(section.intro) } : {}),
    items: content.items
      .filter((item) => item.section === section.id && (item.when === undefined || evaluate(item.when, answers)))
      .map(toItem),
  }));

  return {
    sections,
    comparison: compareWithSurvey(content.comparisons, questions, answers),
    asOf: formatMonth(now) ?? content.facts_checked,
    factsChecked: content.facts_checked,
    disclaimer: content.disclaimer,
  };
}

/** A source id as title and address; an unknown id (checkPlanContent reports it) is shown as itself. */
function resolveSource(content: PlanContent, id: string): PlanSource {
  const source = Object.hasOwn(content.sources, id) ? content.sources[id] : undefined;
  if (!source) return { id, title: id };
  return source.url !== undefined ? { id, title: source.title, url: source.url } : { id, title: source.title };
}

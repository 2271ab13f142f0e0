import { evaluate } from '../bank/evaluate.js';
import type { Answers, Bank, Question } from '../bank/schema.js';
import { compareWithSurvey } from './compareWithSurvey.js';
import { decidingQuestions, explainWhen, labelOf } from './explainWhen.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { formatMonth } from './formatMonth.js';
import { nextStepsOf } from './nextSteps.js';
import type { PlanWords } from './PlanWords.js';
import { obstacleOf } from './obstacleThemes.js';
import type { Plan, PlanContent, PlanContentItem, PlanItem, PlanSection, PlanSource } from './planContentSchema.js';
import { STATE_LICENSE, stateFacts, type StateFacts } from '../states/stateFacts.js';
import type { StatesContent } from '../states/statesSchema.js';

/**
 * The tailored plan: plan.yaml's sections in file order, each with the items whose `when` holds for these answers
 * (no `when`: everyone), wording filled in from the answers, why each item is there, and where its facts come from.
 * It opens with the most urgent next steps and, when the person typed an obstacle, shows it back with the items
 * that speak to it. Pure and deterministic; partial answers give a partial plan, never an exception.
 * `now` dates the plan (UTC month). `states` (states.yaml) adds what the person's state licenses for their discipline:
 * items read it as the answer `state_license` and the `{state_agency}`-style placeholders. `words` are the few the
 * plan adds to the bank's own text (src/messages/planWords.ts).
 */
export function buildPlan(words: PlanWords, bank: Bank, content: PlanContent, given: Answers, now: Date, states?: StatesContent): Plan {
  const questions: ReadonlyMap<string, Question> = new Map(bank.questions.map((q) => [q.id, q]));
  const facts = stateFacts(states, given);
  const answers: Answers = { ...given, ...facts.answers };
  // An empty note leaves two spaces where it stood.
  const fill = (text: string) => fillPlaceholders(text, questions, answers, words, facts.placeholders).replace(/ {2,}/g, ' ').trim();
  // The looked-up fact stands for the answers it was looked up from: the state, and those that picked the family.
  const from = facts.lookedUpFrom;
  const lookedUp = from ? [from.question, ...decidingQuestions(from.family, questions, answers)] : [];
  const basedOn = (id: string) => (id === STATE_LICENSE ? lookedUp : [id]);

  const toItem = (item: PlanContentItem): PlanItem => ({
    id: item.id,
    title: fill(item.title),
    text: fill(item.text),
    why: item.because?.trim() ? fill(item.because) : words.why(item.when ? explainWhen(item.when, questions, answers) : []),
    basedOn: item.when ? [...new Set(decidingQuestions(item.when, questions, answers).flatMap(basedOn))].map((id) => labelOf(id, questions)) : [],
    sources: item.sources.map((id) => resolveSource(content, facts, id)),
  });

  const shown = content.items.filter((item) => item.when === undefined || evaluate(item.when, answers));
  const sections = content.sections.map((section): PlanSection => ({
    id: section.id,
    title: section.title,
    ...(section.intro !== undefined ? { intro: fill(section.intro) } : {}),
    items: shown.filter((item) => item.section === section.id).map(toItem),
  }));
  const obstacle = obstacleOf(content.obstacle, answers, shown);

  return {
    asOf: formatMonth(now) ?? content.facts_checked,
    factsChecked: content.facts_checked,
    disclaimer: content.disclaimer,
    nextSteps: nextStepsOf(content, shown).map((s) => ({ text: fill(s.text), item: s.item })),
    ...(obstacle ? { obstacle } : {}),
    sections,
    comparison: compareWithSurvey(content.comparisons, questions, answers, words),
  };
}

/** A source id as title, address and the month it was checked; an unknown id (checkPlanContent reports it) is shown as itself. */
function resolveSource(content: PlanContent, facts: StateFacts, id: string): PlanSource {
  const looked = Object.hasOwn(facts.sources, id) ? facts.sources[id] : undefined;
  if (looked) return { id, ...looked };
  const source = Object.hasOwn(content.sources, id) ? content.sources[id] : undefined;
  if (!source) return { id, title: id, checked: content.facts_checked };
  const checked = source.checked ?? content.facts_checked;
  return source.url !== undefined ? { id, title: source.title, url: source.url, checked } : { id, title: source.title, checked };
}

import type { Answers } from '../../core/bank/schema.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import { buildPlan } from '../../core/plan/buildPlan.js';
import { comparePlans } from '../../core/plan/comparePlans.js';
import type { Plan } from '../../core/plan/planContentSchema.js';
import { demoWords } from '../../messages/demoWords.js';
import { personaPlanWords } from '../../messages/planWords.js';
import { compareLines } from './compareLines.js';
import type { DemoContent } from './demoStart.js';
import { planLines } from './planLines.js';
import type { ScrollLine } from './ScrollView.js';

export interface PlanPage {
  title: string;
  lines: ScrollLine[];
}

/** The persona's plan as a page: "Dana's plan" (", with the class's changes") and its lines. */
export function planPage(plan: Plan, name: string, changed: boolean, width: number, options: { color: boolean; dim: boolean }): PlanPage {
  return { title: demoWords.planTitle(name, changed), lines: planLines(plan, width, options) };
}

/**
 * The persona's plan (with the class's changes) against another persona's. Each plan is built in its persona's
 * name, so a Why says "Dana answered" and "Marcus answered", not "You answered" for both.
 */
export function comparePage(content: DemoContent, persona: Persona, answers: Answers, changed: boolean, other: Persona, now: Date, width: number): PlanPage {
  const build = (who: Persona, with_: Answers) => buildPlan(personaPlanWords(who.name), content.bank, content.plan, with_, now, content.states);
  const differences = comparePlans(build(persona, answers), build(other, other.answers));
  return { title: demoWords.compareTitle(persona.name, changed, other.name), lines: compareLines(differences, persona.name, other.name, width) };
}

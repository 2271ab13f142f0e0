import type { Bank } from '../../core/bank/schema.js';
import { startFlow, type FlowState } from '../../core/flow/flowReducer.js';
import { visibleQuestions } from '../../core/flow/visibility.js';
import type { Persona } from '../../core/persona/personaSchema.js';
import type { PlanContent } from '../../core/plan/planContentSchema.js';
import type { StatesContent } from '../../core/states/statesSchema.js';

/** What a demo needs from the loaded content. */
export interface DemoContent {
  bank: Bank;
  plan: PlanContent;
  personas: readonly Persona[];
  /** Who licenses what per state (questions/states.yaml), for the plan's state item. */
  states?: StatesContent;
}

/** The demo flow starts at the first question with all of the persona's answers in place. */
export function demoStart(bank: Bank, persona: Persona): FlowState {
  const first = visibleQuestions(bank, persona.answers)[0];
  return startFlow(bank, { answers: persona.answers, screen: 'question', current: first?.id ?? null });
}

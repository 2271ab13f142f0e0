import type { Bank } from './bank/schema.js';
import type { PlanContent } from './plan/planContentSchema.js';
import type { Persona } from './persona/personaSchema.js';
import type { StatesContent } from './states/statesSchema.js';

/** Everything a question-bank folder holds, once read and checked: what every command runs on, wherever it came from. */
export type Content = { bank: Bank; plan: PlanContent; personas: Persona[]; states?: StatesContent };

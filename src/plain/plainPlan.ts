import type { Answers } from '../core/bank/schema.js';
import { buildPlan } from '../core/plan/buildPlan.js';
import { planWords } from '../messages/planWords.js';
import type { Content } from '../core/content.js';
import { renderPlanText } from '../render/planText.js';

/**
 * The plan as plain mode prints it: the text format without colour and without wrapping, so each sentence, title
 * and web address is one line that the terminal wraps and a screen reader reads whole. Why and Sources stay one
 * short line per item, as on any screen (`plan --details` has them in full); unwrapped, none is cut short.
 */
export function plainPlan(content: Content, answers: Answers, now: Date): string[] {
  const plan = buildPlan(planWords, content.bank, content.plan, answers, now, content.states);
  return renderPlanText(plan, { color: false, width: Infinity }).replace(/\n$/, '').split('\n');
}

import { isDash } from '../files/dash.js';
import type { Answers } from '../core/bank/schema.js';
import { buildPlan } from '../core/plan/buildPlan.js';
import { planWords } from '../messages/planWords.js';
import type { Content } from '../core/content.js';
import { renderPlan, type PlanFormat } from '../render/renderPlan.js';
import { writeOutput } from './writeOutput.js';
import { wantsColor } from './wantsColor.js';
import type { Io } from './Io.js';

export interface PlanOutputOptions {
  format?: PlanFormat;
  out?: string;
  color?: boolean;
  /** Text format: every Why and Sources line in full instead of one short line per item (default: only with --out). */
  details?: boolean;
}

/** Builds the plan from complete answers and prints it, or writes it to --out. */
export async function outputPlan(content: Content, answers: Answers, options: PlanOutputOptions, io: Io): Promise<void> {
  const plan = buildPlan(planWords, content.bank, content.plan, answers, new Date(), content.states);
  const toTerminal = !options.out || isDash(options.out);
  const color = wantsColor({ flag: options.color, env: io.env, isTTY: toTerminal && Boolean(io.stdout.isTTY) });
  const width = toTerminal && io.stdout.columns ? Math.min(io.stdout.columns, 100) : 80;
  // A plan saved to a file is kept and read later, away from the app: it keeps every Why and Sources line.
  const details = options.details ?? !toTerminal;
  await writeOutput(renderPlan(plan, options.format ?? 'text', { color, width, details }), options.out, io.stdout);
  if (!toTerminal) io.stderr.write(`Plan written to ${options.out}\n`);
}

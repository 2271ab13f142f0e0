import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';
import { PLAN_FORMATS } from '../planFormats.js';
import type { PlanOutputOptions } from '../planOutput.js';

export type Args = GlobalOptions & PlanOutputOptions;

export const planCommand: Command<Args> = {
  command: 'plan',
  describe: 'Print your plan from your saved answers',
  builder: (y) =>
    y
      .option('format', { choices: PLAN_FORMATS, default: 'text' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Write to FILE instead of the screen' })
      .option('details', { type: 'boolean', describe: 'Show every Why and Sources line in full' }),
  load: () => import('./planRun.js'),
};

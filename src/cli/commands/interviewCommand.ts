import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';
import { PLAN_FORMATS } from '../planFormats.js';
import type { PlanOutputOptions } from '../planOutput.js';

export type Args = GlobalOptions & PlanOutputOptions & { answers?: string; plain?: boolean; large?: boolean; survey?: string; invite?: string };

export const interviewCommand: Command<Args> = {
  command: '$0',
  describe: 'The interview: answer the questions, review them, get your plan (resumes saved progress)',
  builder: (y) =>
    y
      .option('answers', { type: 'string', describe: 'No interview: read answers from a JSON or YAML FILE, save them, print the plan' })
      .option('format', { choices: PLAN_FORMATS, default: 'text' as const, describe: 'Plan format (with --answers)' })
      .option('out', { type: 'string', describe: 'Write the plan to FILE (with --answers)' })
      .option('details', { type: 'boolean', describe: 'Show every Why and Sources line in full (with --answers)' })
      .option('survey', { type: 'string', describe: 'After the plan, offer to send your response to this survey URL (env CLINICAL_PATH_SURVEY)' })
      .option('invite', { type: 'string', describe: 'The invite or class CODE for --survey, passed on to the submit it offers' })
      .option('large', { type: 'boolean', describe: 'Projector mode: wider spacing, no dim text (env CLINICAL_PATH_THEME=large)' }),
  load: () => import('./interviewRun.js'),
};

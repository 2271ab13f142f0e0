import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';
import { HANDOUT_FORMATS, type HandoutFormat } from '../writeHandout.js';

export type Args = GlobalOptions & {
  persona?: string;
  list?: boolean;
  autoplay?: number;
  large?: boolean;
  plain?: boolean;
  format?: HandoutFormat;
  out?: string;
  compare?: string;
};

export const demoCommand: Command<Args> = {
  command: 'demo',
  describe: 'Classroom demo: step through a made-up persona’s answers and plan (nothing is read or saved)',
  builder: (y) =>
    y
      .option('persona', { type: 'string', describe: 'Start with this persona (an id from --list, or a name)' })
      .option('list', { type: 'boolean', describe: 'List the personas and exit' })
      .option('autoplay', { type: 'number', describe: 'Step on alone every SECONDS, through the plan too (a pauses)' })
      .option('large', { type: 'boolean', describe: 'Projector mode: wider spacing, no dim text (env CLINICAL_PATH_THEME=large)' })
      .option('format', { choices: HANDOUT_FORMATS, describe: 'A handout instead of the demo: the persona’s story, answers and plan (needs --persona)' })
      .option('out', { type: 'string', describe: 'Write the handout to FILE instead of the screen' })
      .option('compare', { type: 'string', describe: 'Add to the handout how this other persona’s answers and plan differ' }),
  load: () => import('./demoRun.js'),
};

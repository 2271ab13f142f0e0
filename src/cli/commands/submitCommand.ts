import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';

export type Args = GlobalOptions & { to?: string; invite?: string; agree?: boolean };

export const submitCommand: Command<Args> = {
  command: 'submit',
  describe: 'Send your pseudonymous response to a survey server, after showing its text and exactly what is sent',
  builder: (y) =>
    y
      .option('to', { type: 'string', describe: 'The survey\'s address, http(s)://… (env CLINICAL_PATH_SURVEY)' })
      .option('invite', { type: 'string', describe: 'The single-use invite CODE, when your survey team gave you one' })
      .option('agree', { type: 'boolean', describe: 'Agree to the survey text it prints, without being asked (no terminal)' }),
  load: () => import('./submitRun.js'),
};

import type { GlobalOptions } from '../context.js';
import type { Command } from '../Command.js';

export type Args = GlobalOptions & { port: number; host: string; minCell?: number; keep?: string; out?: string; plain?: boolean };

/** K for a class: lower than a survey report's 5, since a class is small, and never below 3. */
export const CLASS_MIN_CELL = 3;

export const classCommand: Command<Args> = {
  command: 'class',
  describe: 'A live class poll: students answer on their own machines, the class\'s answers show beside the ASRT figures (in memory only)',
  builder: (y) =>
    y
      .option('port', { type: 'number', default: 8080, describe: 'Port to listen on (0 picks a free one)' })
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'Address to listen on: 0.0.0.0 for students on your local network' })
      .option('min-cell', { type: 'number', default: CLASS_MIN_CELL, describe: 'K: counts below K are suppressed, and the view changes only by K or more responses (at least 3)' })
      .option('keep', { type: 'string', describe: 'Keep the responses in a database folder DIR (default: memory only, nothing on disk)' })
      .option('out', { type: 'string', describe: 'At the end, write a Markdown summary of the class against ASRT to FILE' }),
  load: () => import('./classRun.js'),
};

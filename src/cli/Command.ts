import type { ArgumentsCamelCase, CommandModule } from 'yargs';
import type { GlobalOptions } from './context.js';
import type { Io } from './Io.js';

/** What a command does once its arguments are parsed: it writes to `io` and returns the exit code. */
export type Run<A> = (args: ArgumentsCamelCase<A>, io: Io) => Promise<number>;

/**
 * A command as yargs parses it, with its work in a module loaded only when it runs (so --help and plan
 * never load Ink). main.ts hands each one the Io and collects the exit code it returns.
 */
export interface Command<A> extends Omit<CommandModule<GlobalOptions, A>, 'handler'> {
  load: () => Promise<{ run: Run<A> }>;
}

/** The yargs command module for `command`, running it on `io` and passing its exit code to `done`. */
export function toYargs<A>(command: Command<A>, io: Io, done: (code: number) => void): CommandModule<GlobalOptions, A> {
  const { load, ...parsed } = command;
  return { ...parsed, handler: async (args) => done(await (await load()).run(args, io)) };
}

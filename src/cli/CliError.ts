/** Exit codes, as documented in the README. */
/** `queued`: not done yet, kept to be done later (submit could not reach the survey; the response waits in the store). */
export const EXIT = { ok: 0, incomplete: 1, badInput: 2, queued: 3, cancelled: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the person can act on: printed as one or two plain lines, never with a stack trace. */
export class CliError extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode: ExitCode = EXIT.badInput,
  ) {
    super(lines.join('\n'));
  }
}

/**
 * yargs drops a bare `-` from positional arguments, so the command line swaps it for this token
 * before parsing. It holds a NUL byte, which no real path can contain.
 */
export const DASH_TOKEN = '\u0000-';

/** `-` as a path: standard input for the readers, standard output for the writers. */
export function isDash(path: string | undefined): boolean {
  return path === '-' || path === DASH_TOKEN;
}

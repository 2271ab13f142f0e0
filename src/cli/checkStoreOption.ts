/**
 * A yargs check: `--store ""` (or `--store` with nothing after it) names no folder. Left alone it would reach the
 * store as "Cannot save answers in : …"; as a usage error it names the option before anything is read or made.
 */
export function checkStoreOption(argv: { store?: unknown }): true | string {
  if (typeof argv.store === 'string' && argv.store.trim() === '') return '--store needs a folder, e.g. --store ~/clinical-path-answers (or leave it out for the default).';
  return true;
}

import { realpathSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { isDash } from '../files/dash.js';
import { CliError } from './CliError.js';
import { defaultStoreDir } from './paths.js';

/** The real path of `path`, or of the nearest folder above it that exists, with the rest appended. */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : `${realPath(parent)}${sep}${basename(absolute)}`;
  }
}

/**
 * `plan --out STORE/answers.json` would replace the saved answers with the plan, and the next run would move them
 * aside as damaged: a slip with the person's own data. Nothing we write with --out belongs in the answers folder
 * (its lock, backups and temporary files are the store's), so any file in it, or in a folder inside it, is refused
 * before anything is written. Links are resolved on both sides, so a link to the folder or to answers.json is caught.
 */
export function refuseOutInStore(argv: { out?: unknown; store?: unknown }, env: NodeJS.ProcessEnv): void {
  if (typeof argv.out !== 'string' || argv.out === '' || isDash(argv.out)) return;
  const store = typeof argv.store === 'string' && argv.store !== '' ? argv.store : defaultStoreDir(env);
  const folder = realPath(store);
  const target = realPath(argv.out);
  if (target === folder || target.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`)) {
    throw new CliError([`Could not write ${argv.out}: it is in the folder that holds your saved answers (${store}).`, 'Choose a file outside that folder; your answers were not touched.']);
  }
}

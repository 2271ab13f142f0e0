import { lstatSync, readFileSync } from 'node:fs';

/** Whether anything, even a dangling link, is at `path`. */
export function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Nothing at `path`, not even a dangling link; any other failure (permission denied) is left for conf to report. */
export function missing(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** A regular file or a link (never followed): the only kinds of entry reset and moveAside may touch. */
export function isFileOrLink(path: string): boolean {
  try {
    const stat = lstatSync(path);
    return stat.isFile() || stat.isSymbolicLink();
  } catch {
    return false;
  }
}

/** True when the file is missing or holds an empty JSON object: the only files conf may treat as empty. */
export function holdsEmptyObject(path: string): boolean {
  if (!present(path)) return true;
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

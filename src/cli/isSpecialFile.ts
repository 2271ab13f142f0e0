import { statSync } from 'node:fs';

/**
 * Whether `path` exists and is not a regular file (a device such as /dev/null, a FIFO, a socket).
 * Such targets are written in place: renaming a finished temporary file over them would replace them.
 */
export function isSpecialFile(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

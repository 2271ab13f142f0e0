import { describe, expect, it } from 'vitest';
import { describeFsError } from '../../src/files/describeFsError.js';

const fsError = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), { code });

// No read permission cannot be produced in CI, which runs as root: the wording is tested here instead.
describe('describeFsError', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOENT', 'no such file or folder'],
    ['EISDIR', 'is a folder, not a file'],
    ['ENOTDIR', 'not found: part of the path is a file, not a folder'],
    ['ELOOP', 'too many levels of symbolic links (a link loop)'],
    ['EWHATEVER', 'could not be read (EWHATEVER)'],
  ])('%s → %s', (code, words) => {
    expect(describeFsError(fsError(code))).toBe(words);
  });

  it('never shows the error message (it repeats the path and the code)', () => {
    expect(describeFsError(fsError('EACCES'))).not.toContain('open');
  });
});

/**
 * A failed fs call in words, for "file: reason" (reading and writing alike); the code stays in brackets only
 * when we have no words for it.
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOTDIR') return 'not found: part of the path is a file, not a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links (a link loop)';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many files open; close some programs and try again';
  if (code === 'EIO') return 'input/output error (a disk or network drive problem)';
  return `could not be read (${code ?? String(error)})`;
}

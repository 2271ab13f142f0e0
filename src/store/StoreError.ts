/** The answers folder or file cannot be used: said in words a person can act on, never as a stack trace. */
export class StoreError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Cannot save answers in ${path}: ${reason}.`);
  }
}

const REASONS: Record<string, string> = {
  ENOTDIR: 'part of that path is a file, not a folder',
  EEXIST: 'a file is in the way where the folder should be',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/** Wraps a file-system failure of the store; anything else is rethrown unchanged. */
export function storeFailure(path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && code in REASONS) throw new StoreError(path, REASONS[code]!);
  if (code) throw new StoreError(path, `the system said ${code}`);
  throw error;
}

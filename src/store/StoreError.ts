/** The answers folder or file cannot be used: said in words a person can act on, never as a stack trace. */
export class StoreError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    /** What could not be done, as it reads before the path: "save answers in", "read", "delete". */
    readonly action = 'save answers in',
  ) {
    super(`Cannot ${action} ${path}: ${reason}.`);
  }
}

const REASONS: Record<string, string> = {
  ENOTDIR: 'part of that path is a file, not a folder',
  EEXIST: 'a file is in the way where the folder should be',
  EISDIR: 'a folder is in the way where the file should be',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for this disk',
  EIO: 'the disk reported an error',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path loops through links',
  ENOENT: 'the folder does not exist',
  EBUSY: 'another clinical-path kept changing its lock; try again',
};

/**
 * A file-system failure in words ("the disk is full"), or null when it is not one (no error code): the wording
 * shared by the store and by every file the commands write.
 */
export function failureReason(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return null;
  return REASONS[code] ?? `the system said ${code}`;
}

/** Wraps a file-system failure of the store; anything else (a bug) is rethrown unchanged. */
export function storeFailure(path: string, error: unknown, action?: string): never {
  if (error instanceof StoreError) throw error;
  const reason = failureReason(error);
  if (reason !== null) throw new StoreError(path, reason, action);
  throw error;
}

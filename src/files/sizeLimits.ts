export interface SizeLimit {
  bytes: number;
  /** Finishes "… is at most": says what the file is meant to be, so the person can tell a wrong file. */
  what: string;
}

const MB = 1024 * 1024;

/**
 * Sizes no real file of each kind comes near (the shipped ones are under 50 KB; an answers file or a
 * response is under 5 KB), so anything larger is the wrong file and is refused before it is parsed.
 * Response files as a whole have no limit: a .jsonl of a million responses streams a line at a time.
 */
export const SIZE_LIMITS = {
  answers: { bytes: 1 * MB, what: 'an answers file' },
  bankFile: { bytes: 5 * MB, what: 'a question bank file' },
  persona: { bytes: 1 * MB, what: 'a persona file' },
  record: { bytes: 1 * MB, what: 'one response' },
} satisfies Record<string, SizeLimit>;

/**
 * Levels of nesting allowed in any file we parse: far deeper than a bank, persona, answers file or
 * response needs (about 5), far below the few thousand that exhaust the YAML parser's stack.
 */
export const MAX_NESTING = 64;

/** 52428800 → "50 MB", 1536 → "1.5 KB": what a file manager would show. */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

export function tooLarge(size: number | undefined, limit: SizeLimit): string {
  const actual = size === undefined ? `larger than ${formatSize(limit.bytes)}` : formatSize(size);
  return `too large (${actual}); ${limit.what} is at most ${formatSize(limit.bytes)}, so this is probably not the right file`;
}

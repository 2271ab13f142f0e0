import { countColons } from './countColons.js';
import { findDuplicateKey } from './findDuplicateKey.js';
import { lineOfOffset } from './lineOfOffset.js';
import { MAX_NESTING } from './sizeLimits.js';

export type ParsedRecord = { value: unknown } | { error: string; line: number };

/**
 * One response record as JSON, refused in words when it is not JSON, nested absurdly deep or has a key
 * twice; `line` is within `text` (1 for a .jsonl line).
 */
export function parseRecord(text: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? 1 : lineOfOffset(text, Number(position));
    const cut = text.trim().length > 0 && !/[}\]]\s*$/.test(text);
    return { line, error: cut ? 'not valid JSON (the record looks cut short)' : 'not valid JSON' };
  }
  const shape = measure(value);
  if (shape.depth > MAX_NESTING) return { line: 1, error: `nested too deeply (more than ${MAX_NESTING} levels of brackets); not a response` };
  // Every key is followed by a colon, so as many colons as keys means no key was given twice; only a
  // record with colons to spare (in text answers, or a repeated key) pays for the exact scan.
  if (countColons(text) > shape.keys) {
    const duplicate = findDuplicateKey(text);
    if (duplicate) return { line: lineOfOffset(text, duplicate.offset), error: `the key “${duplicate.key}” appears twice; keys must be unique` };
  }
  return { value };
}

/** Nesting depth (stopping once past the limit) and the number of object keys, without recursion. */
function measure(root: unknown): { depth: number; keys: number } {
  let deepest = 0;
  let keys = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_NESTING) break;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value)) keys += children.length;
    for (const child of children) stack.push([child, depth + 1]);
  }
  return { depth: deepest, keys };
}

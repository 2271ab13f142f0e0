import { UUID_V4 } from './responseFile.js';

const EMPTY_SLOTS = 1 << 12;

/** The 32 hex digits of a UUID ("xxxxxxxx-xxxx-…") as four 32-bit words; false when it is not one. */
function uuidWords(id: string, into: Uint32Array): boolean {
  if (id.length !== 36 || !UUID_V4.test(id)) return false;
  let word = 0;
  let digits = 0;
  for (let i = 0; i < 36; i += 1) {
    const c = id.charCodeAt(i);
    if (c === 45) continue; // '-'
    word = (word << 4) | (c <= 57 ? c - 48 : c - 87);
    digits += 1;
    if (digits % 8 === 0) into[digits / 8 - 1] = word >>> 0;
  }
  return true;
}

/**
 * A set of response ids held as 16 bytes each, in one typed array with open addressing: a million ids
 * take 32 MB at most, where a Set of strings takes several times that and keeps the GC busy. Ids that
 * are not UUIDs (the reader validates them first, so none in practice) go in an ordinary Set.
 * A UUID v4 is never all zeros (its version digit is 4), so an all-zero slot means empty.
 */
export function createResponseIdSet(): { add(id: string): boolean; readonly size: number } {
  let slots = new Uint32Array(EMPTY_SLOTS * 4);
  let mask = EMPTY_SLOTS - 1;
  let size = 0;
  const others = new Set<string>();
  const words = new Uint32Array(4);
  // Returns the slot holding `key`, or the empty slot where it belongs. v4 ids are random, so one word hashes well.
  const find = (table: Uint32Array, tableMask: number, key: Uint32Array) => {
    for (let slot = (key[0]! ^ key[3]!) & tableMask; ; slot = (slot + 1) & tableMask) {
      const at = slot * 4;
      if (table[at] === key[0] && table[at + 1] === key[1] && table[at + 2] === key[2] && table[at + 3] === key[3]) return at;
      if ((table[at]! | table[at + 1]! | table[at + 2]! | table[at + 3]!) === 0) return at;
    }
  };
  const grow = () => {
    const old = slots;
    slots = new Uint32Array(old.length * 2);
    mask = slots.length / 4 - 1;
    for (let at = 0; at < old.length; at += 4) {
      if ((old[at]! | old[at + 1]! | old[at + 2]! | old[at + 3]!) === 0) continue;
      slots.set(old.subarray(at, at + 4), find(slots, mask, old.subarray(at, at + 4)));
    }
  };
  return {
    /** Adds `id`; false when it was already there. */
    add(id) {
      if (!uuidWords(id, words)) {
        if (others.has(id)) return false;
        others.add(id);
        return true;
      }
      const at = find(slots, mask, words);
      if (slots[at] === words[0] && slots[at + 1] === words[1] && slots[at + 2] === words[2] && slots[at + 3] === words[3]) return false;
      slots.set(words, at);
      size += 1;
      if (size * 2 > mask + 1) grow();
      return true;
    },
    get size() {
      return size + others.size;
    },
  };
}

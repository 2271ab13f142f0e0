// 16 kB to start, doubling as it fills: a server checks one record per request with a fresh set, and a 2 MB
// start (once chosen to skip regrowing below 65,536 ids) was a zeroed allocation per request. Regrowing to a
// million ids costs about as much again as the inserts, far less than reading them.
const FIRST_SLOTS = 1 << 10;
const DASHES = [8, 13, 18, 23];

/**
 * Reads the 32 lowercase hex digits of "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" into four 32-bit words (signed, so each stays a small integer to V8);
 * false for anything else (upper case too, so "A" and "a" never become the same key) and for all zeros.
 */
function hexWords(id: string, into: Int32Array): boolean {
  if (id.length !== 36) return false;
  let word = 0;
  let digits = 0;
  let any = 0;
  for (let i = 0; i < 36; i += 1) {
    const c = id.charCodeAt(i);
    if (i === DASHES[0] || i === DASHES[1] || i === DASHES[2] || i === DASHES[3]) {
      if (c !== 45) return false;
      continue;
    }
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return false;
    word = (word << 4) | digit;
    digits += 1;
    if ((digits & 7) === 0) {
      into[(digits >> 3) - 1] = word;
      any |= word;
    }
  }
  return any !== 0;
}

/**
 * A set of response ids held as 16 bytes each, in one typed array with open addressing: a million ids
 * take 32 MB at most, where a Set of strings takes several times that and keeps the GC busy. Ids that
 * are not lowercase UUIDs (the reader validates them first, so none in practice) go in an ordinary Set.
 * An all-zero slot means empty; the all-zero id is one of those others.
 */
export function createResponseIdSet(): { add(id: string): boolean; readonly size: number } {
  let slots = new Int32Array(FIRST_SLOTS * 4);
  let mask = FIRST_SLOTS - 1;
  let size = 0;
  const others = new Set<string>();
  const key = new Int32Array(4);
  // The index of the slot holding the key, or of the empty slot where it belongs. Random ids hash well by one word.
  const find = (table: Int32Array, tableMask: number, a: number, b: number, c: number, d: number): number => {
    for (let slot = (a ^ d) & tableMask; ; slot = (slot + 1) & tableMask) {
      const at = slot * 4;
      if (table[at] === a && table[at + 1] === b && table[at + 2] === c && table[at + 3] === d) return at;
      if ((table[at]! | table[at + 1]! | table[at + 2]! | table[at + 3]!) === 0) return at;
    }
  };
  const grow = () => {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    mask = slots.length / 4 - 1;
    for (let from = 0; from < old.length; from += 4) {
      const a = old[from]!, b = old[from + 1]!, c = old[from + 2]!, d = old[from + 3]!;
      if ((a | b | c | d) === 0) continue;
      const at = find(slots, mask, a, b, c, d);
      slots[at] = a;
      slots[at + 1] = b;
      slots[at + 2] = c;
      slots[at + 3] = d;
    }
  };
  return {
    /** Adds `id`; false when it was already there. */
    add(id) {
      if (!hexWords(id, key)) {
        if (others.has(id)) return false;
        others.add(id);
        return true;
      }
      const a = key[0]!, b = key[1]!, c = key[2]!, d = key[3]!;
      const at = find(slots, mask, a, b, c, d);
      if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c && slots[at + 3] === d) return false;
      slots[at] = a;
      slots[at + 1] = b;
      slots[at + 2] = c;
      slots[at + 3] = d;
      size += 1;
      if (size * 2 > mask + 1) grow();
      return true;
    },
    get size() {
      return size + others.size;
    },
  };
}

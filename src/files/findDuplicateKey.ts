/**
 * The first key that appears twice in one object of valid JSON text, with the offset of its second
 * appearance. JSON.parse keeps the last value without a word; in a response that hides which answer
 * the person gave, so it is refused.
 */
export function findDuplicateKey(json: string): { key: string; offset: number } | undefined {
  // One entry per open bracket: the keys seen so far in an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i += 1) {
    const c = json[i];
    if (c === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      open.push(null);
    } else if (c === '}' || c === ']') {
      open.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = open.at(-1) instanceof Set;
    } else if (c === '"') {
      const start = i;
      for (i += 1; i < json.length && json[i] !== '"'; i += 1) if (json[i] === '\\') i += 1;
      const keys = open.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(json.slice(start, i + 1)) as string;
        if (keys.has(key)) return { key, offset: start };
        keys.add(key);
        expectKey = false;
      }
    }
  }
  return undefined;
}

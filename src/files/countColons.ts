/** How many colons `text` holds: in JSON, one per key plus any inside strings. */
export function countColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) count += 1;
  return count;
}

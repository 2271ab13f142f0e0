/**
 * The options a filter text matches: the label contains it (case- and accent-insensitive), or it is the
 * option's code ("ny" finds New York). An empty filter matches everything, in bank order.
 */
export function matchOptions<T extends { value: string; label: string }>(options: readonly T[], query: string): T[] {
  const q = fold(query.trim());
  if (q === '') return [...options];
  return options.filter((o) => fold(o.label).includes(q) || fold(o.value) === q);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

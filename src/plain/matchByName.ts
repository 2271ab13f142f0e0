import type { NumberedOption } from './numberedOptions.js';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The options a typed name picks, case- and accent-insensitive: an exact label or code ("NM") first,
 * else labels that start with it ("new mex"), else labels with a word that starts with it ("dakota").
 * Several matches mean the person must choose; none means nothing fits.
 */
export function matchByName(rows: readonly NumberedOption[], typed: string): NumberedOption[] {
  const q = fold(typed);
  if (q === '') return [];
  const exact = rows.filter((r) => fold(r.label) === q || (r.value !== '' && fold(r.value) === q));
  if (exact.length > 0) return exact;
  const start = rows.filter((r) => fold(r.label).startsWith(q));
  if (start.length > 0) return start;
  return rows.filter((r) => fold(r.label).split(' ').some((_, i, words) => words.slice(i).join(' ').startsWith(q)));
}

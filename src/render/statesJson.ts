import { FAMILIES, type StatesContent } from '../core/states/statesSchema.js';

/** states.yaml with every source resolved to its title and address, for scripts: `states --format json`. */
export function renderStatesJson(states: StatesContent, only?: string): string {
  const entries = Object.entries(states.states).filter(([code]) => only === undefined || code === only);
  const out = Object.fromEntries(
    entries.map(([code, s]) => [
      code,
      {
        name: s.name,
        agency: { name: s.agency.name, url: s.agency.url, licensesPersonnel: s.agency.none !== true, ...(s.agency.source ? { source: s.sources[s.agency.source] } : {}) },
        disciplines: Object.fromEntries(
          FAMILIES.map((f) => {
            const d = s.disciplines[f];
            return [f, { status: d.status, checked: d.checked, ...(d.note !== undefined ? { note: d.note } : {}), source: s.sources[d.source] }];
          }),
        ),
      },
    ]),
  );
  return `${JSON.stringify({ states: out }, null, 2)}\n`;
}

import { FAMILIES, type StatesContent } from '../core/states/statesSchema.js';
import { checkedRange, FAMILY_NAME, FAMILY_SHORT, INTRO, NO_LAW, STATUS_CELL, STATUS_WORD, TABLE_LEGEND, TITLE } from './licenseWords.js';
import { PROSE, wrapLines } from '../core/text/wrapLines.js';

const CODE = 4;
const CELL = 5;
const CHECKED = 'Checked';

/**
 * `clinical-path states`: one row per state (status per discipline, the months read, the agency), wrapped to
 * `width`; with `only`, that state in full: each discipline's status, note, source and month. The table ends with
 * `oneStateCommand`, the command for one state as it works where the person is (`npx clinical-path states TX`).
 */
export function renderStatesText(states: StatesContent, width: number, only?: string, oneStateCommand = 'clinical-path states TX'): string {
  const lines = only === undefined ? table(states, width, oneStateCommand) : oneState(states, only, width);
  return `${lines.join('\n')}\n`;
}

function table(states: StatesContent, width: number, oneStateCommand: string): string[] {
  const checkedWidth = Math.max(CHECKED.length, ...Object.values(states.states).map((s) => checkedRange(s).length));
  const head = `${''.padEnd(CODE)}${FAMILIES.map((f) => FAMILY_SHORT[f].padEnd(CELL)).join('')}${CHECKED}`;
  // The agency goes on its own line under the row: its name is long, and a narrow column would stack it into five.
  const rows = Object.entries(states.states).flatMap(([code, s]) => {
    const cells = FAMILIES.map((f) => STATUS_CELL[s.disciplines[f].status].padEnd(CELL)).join('');
    const agency = wrapLines(s.agency.none ? `${s.agency.name} (no licensing law)` : s.agency.name, width - CODE, PROSE).map((l) => `${''.padEnd(CODE)}${l}`);
    return [`${code.padEnd(CODE)}${cells}${checkedRange(s).padEnd(checkedWidth)}`.trimEnd(), ...agency];
  });
  const columns = FAMILIES.filter((f) => FAMILY_SHORT[f] !== FAMILY_NAME[f]).map((f) => `${FAMILY_SHORT[f]} = ${FAMILY_NAME[f]}`).join(' · ');
  return [
    TITLE,
    ...wrapLines(INTRO, width, PROSE),
    ...wrapLines(TABLE_LEGEND, width, PROSE),
    ...wrapLines(columns, width, PROSE),
    '',
    head,
    ...rows,
    '',
    ...wrapLines(`One state with its notes and sources: ${oneStateCommand} (any postal code or name).`, width, PROSE),
  ];
}

function oneState(states: StatesContent, code: string, width: number): string[] {
  const s = states.states[code];
  if (!s) return [];
  const indent = (text: string) => wrapLines(text, width - 2, PROSE).map((l) => `  ${l}`);
  const lines = [`${s.name} (${code})`, ...wrapLines(`Agency: ${s.agency.name}`, width, PROSE), ...indent(s.agency.url)];
  if (s.agency.none) {
    const source = s.agency.source ? s.sources[s.agency.source] : undefined;
    lines.push(...wrapLines(NO_LAW, width, PROSE), ...(source ? indent(`Source: ${source.title}, ${source.url}`) : []));
  }
  for (const f of FAMILIES) {
    const d = s.disciplines[f];
    const source = s.sources[d.source];
    lines.push('', `${FAMILY_NAME[f]}: ${STATUS_WORD[d.status]} (checked ${d.checked})`);
    if (d.note) lines.push(...indent(d.note));
    if (source) lines.push(...indent(`Source: ${source.title}, ${source.url}`));
  }
  return lines;
}

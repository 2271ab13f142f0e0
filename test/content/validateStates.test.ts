import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBankProblem } from '../../src/cli/formatBankProblem.js';
import { loadContent } from '../../src/files/loadBank.js';

const SHIPPED = fileURLToPath(new URL('../../questions', import.meta.url));
const NOW = new Date('2026-11-15T12:00:00Z');
const FILE = join('questions', 'states.yaml');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type States = { states: Record<string, { agency: Record<string, unknown>; sources: Record<string, unknown>; disciplines: Record<string, Record<string, unknown>> }> };

/** A copy of the shipped bank whose states.yaml went through `edit`, loaded as `validate` loads it, at `now`. */
function loadAfter(edit: (states: States) => void, now = NOW) {
  dir = mkdtempSync(join(tmpdir(), 'cp-states-'));
  cpSync(SHIPPED, dir, { recursive: true });
  const file = join(dir, 'states.yaml');
  const states = parse(readFileSync(file, 'utf8')) as States;
  edit(states);
  writeFileSync(file, stringify(states));
  return loadContent(dir, 'questions', now);
}
const problemsAfter = (edit: (states: States) => void) => {
  const result = loadAfter(edit);
  return result.ok ? [] : result.problems.map(formatBankProblem);
};

describe('validate: states.yaml', () => {
  it('loads as shipped: every jurisdiction, every status sourced and dated, nothing stale', () => {
    const result = loadAfter(() => {});
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && Object.keys(result.content.states!.states)).toHaveLength(52);
  });

  it('names a missing jurisdiction', () => {
    expect(problemsAfter((s) => delete s.states.WY)).toEqual([`${FILE}: WY: missing; every state, DC and Puerto Rico needs an entry with its agency`]);
  });

  it('names a status without a source', () => {
    expect(problemsAfter((s) => delete s.states.TX!.disciplines.ct!.source)).toEqual([`${FILE}: TX: disciplines.ct.source: Invalid input: expected string, received undefined`]);
  });

  it('names a source that is not listed under the state', () => {
    expect(problemsAfter((s) => (s.states.NM!.disciplines.mri!.source = 'nowhere'))).toEqual([`${FILE}: NM: disciplines.mri.source: no source “nowhere” under this state's sources`]);
  });

  it('names a month in the future', () => {
    expect(problemsAfter((s) => (s.states.OR!.disciplines.sonography!.checked = '2026-12'))).toEqual([`${FILE}: OR: disciplines.sonography.checked: 2026-12 is in the future`]);
  });

  it('names a month that is not a month', () => {
    expect(problemsAfter((s) => (s.states.CA!.disciplines.mri!.checked = '2026-13'))).toEqual([`${FILE}: CA: disciplines.mri.checked: must be YYYY-MM`]);
  });

  it('warns, without failing, about a fact checked more than 24 months ago', () => {
    const result = loadAfter((s) => {
      s.states.ND!.disciplines.mri!.checked = '2024-10';
      s.states.ND!.disciplines.ct!.checked = '2024-11';
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map(formatBankProblem)).toEqual([`${FILE}: ND: disciplines.mri.checked: checked 2024-10, over 24 months ago; read the source again`]);
  });

  it('asks for the source behind "no licensing law", and refuses a code that is not a jurisdiction', () => {
    expect(
      problemsAfter((s) => {
        delete s.states.AL!.agency.source;
        s.states.XX = s.states.TX!;
      }).sort(),
    ).toEqual([expect.stringContaining(`${FILE}: AL: agency.source: a state with no licensing law needs the source`), `${FILE}: XX: not a postal code of a US state, DC or Puerto Rico`].sort());
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/CliError.js';
import { statesOutput } from '../../src/cli/commands/statesRun.js';
import { FAMILIES } from '../../src/core/states/statesSchema.js';
import { loadContent } from '../../src/files/loadBank.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok || !loaded.content.states) throw new Error('questions/ does not load');
const states = loaded.content.states;
const codes = Object.keys(states.states);

describe('clinical-path states', () => {
  it('prints one row per jurisdiction with a word per discipline, the month read and the agency, within the width', () => {
    const text = statesOutput(states, { format: 'text' }, 80);
    const rows = text.split('\n').filter((l) => /^[A-Z]{2} {2}/.test(l));
    expect(rows.map((r) => r.slice(0, 2))).toEqual(codes);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{2} +((yes|no|\?) +){8}\d{4}-\d{2}/);
    for (const line of text.split('\n')) if (!line.includes('http')) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toContain(states.states.TX!.agency.name.split(' ').slice(0, 3).join(' '));
    expect(text).toContain('? = not confirmed');
  });

  it('prints one state in full: each discipline with its status, note, source and month', () => {
    const text = statesOutput(states, { format: 'text', state: 'nm' }, 100);
    const nm = states.states.NM!;
    expect(text.startsWith('New Mexico (NM)\n')).toBe(true);
    for (const family of FAMILIES) {
      const entry = nm.disciplines[family];
      expect(text).toContain(`(checked ${entry.checked})`);
      expect(text).toContain(nm.sources[entry.source]!.url);
    }
    expect(text).toMatch(/Sonography: licensed/);
    expect(statesOutput(states, { format: 'text', state: 'New Mexico' }, 100)).toBe(text);
  });

  it('says when a state has no licensing law, with the source that shows it', () => {
    const text = statesOutput(states, { format: 'text', state: 'AL' }, 100);
    const al = states.states.AL!;
    expect(text).toContain('no law licensing radiologic personnel');
    expect(text).toContain(al.sources[al.agency.source!]!.url);
  });

  it('writes Markdown with the table and every state, and JSON with every source resolved', () => {
    const md = statesOutput(states, { format: 'markdown' }, 80);
    expect(md.split('\n').filter((l) => /^\| [A-Z]{2} \|/.test(l))).toHaveLength(52);
    expect(md.match(/^## /gm)).toHaveLength(52);
    const json = JSON.parse(statesOutput(states, { format: 'json' }, 80)) as { states: Record<string, { disciplines: Record<string, { status: string; checked: string; source: { url: string } }> }> };
    expect(Object.keys(json.states)).toEqual(codes);
    expect(json.states.OR!.disciplines.sonography).toMatchObject({ status: 'licensed', checked: expect.stringMatching(/^\d{4}-\d{2}$/), source: { url: expect.stringMatching(/^https?:/) } });
    expect(Object.keys(JSON.parse(statesOutput(states, { format: 'json', state: 'tx' }, 80)).states)).toEqual(['TX']);
  });

  it('refuses a state it does not know, in two lines', () => {
    expect(() => statesOutput(states, { format: 'text', state: 'Atlantis' }, 80)).toThrow(CliError);
    expect(() => statesOutput(states, { format: 'text', state: 'Atlantis' }, 80)).toThrow(/No state “Atlantis”/);
    expect(() => statesOutput(undefined, { format: 'text' }, 80)).toThrow(/no states\.yaml/);
  });
});

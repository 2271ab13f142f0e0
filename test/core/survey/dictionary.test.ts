import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../src/core/bank/parseBank.js';
import type { Bank } from '../../../src/core/bank/schema.js';
import { dictionaryJson, redcapDictionaryRows, redcapImportColumns } from '../../../src/core/survey/dictionary.js';
import { dictionaryWords } from '../../../src/messages/dictionaryWords.js';
import { loadContent } from '../../../src/files/loadBank.js';
import { renderDictionaryJson } from '../../../src/render/dictionaryJson.js';
import { renderDictionaryRedcap } from '../../../src/render/dictionaryRedcap.js';
import { csvRow } from '../../../src/render/csvRow.js';
import { tinySections } from '../../fixtures/tinyBank.js';

function realBank(): Bank {
  const result = loadContent(fileURLToPath(new URL('../../../questions', import.meta.url)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.content.bank;
}

const bank = realBank();
const [header, ...fields] = redcapDictionaryRows(bank, dictionaryWords);
const COL = { name: 0, form: 1, section: 2, type: 3, label: 4, choices: 5, note: 6, identifier: 10, branching: 11, required: 12, annotation: 17 };
const field = (name: string): string[] => {
  const row = fields.find((r) => r[COL.name] === name);
  if (!row) throw new Error(`no field ${name}`);
  return row;
};
const codesOf = (row: string[]): string[] => (row[COL.choices] === '' ? [] : row[COL.choices]!.split(' | ').map((c) => c.slice(0, c.indexOf(','))));

describe('redcapDictionaryRows on the real bank', () => {
  it('starts with REDCap\'s 18 columns, spelled exactly', () => {
    expect(header).toEqual([
      'Variable / Field Name', 'Form Name', 'Section Header', 'Field Type', 'Field Label',
      'Choices, Calculations, OR Slider Labels', 'Field Note', 'Text Validation Type OR Show Slider Number',
      'Text Validation Min', 'Text Validation Max', 'Identifier?', 'Branching Logic (Show field only if...)',
      'Required Field?', 'Custom Alignment', 'Question Number (surveys only)', 'Matrix Group Name',
      'Matrix Ranking?', 'Field Annotation',
    ]);
  });

  it('has every row 18 cells wide, all on the clinical_path form', () => {
    for (const row of fields) {
      expect(row).toHaveLength(18);
      expect(row[COL.form]).toBe('clinical_path');
    }
  });

  it('lists the record fields, then every question in bank order', () => {
    expect(fields.map((r) => r[COL.name])).toEqual([
      'record_id', 'response_id', 'response_month', 'bank_version', ...bank.questions.map((q) => q.id),
    ]);
    expect(field('record_id').slice(0, 5)).toEqual(['record_id', 'clinical_path', '', 'text', 'Record ID']);
    expect(field('response_month')[COL.note]).toBe('YYYY-MM');
  });

  it('uses variable names REDCap recommends: lowercase snake_case, at most 26 characters', () => {
    for (const row of fields) expect(row[COL.name]).toMatch(/^[a-z][a-z0-9_]{0,25}$/);
  });

  it.each([
    ['pathway', 'radio'],
    ['discipline', 'dropdown'], // more than 10 options
    ['state', 'dropdown'], // filter: true
    ['site_types', 'checkbox'],
    ['clinical_arrangement', 'checkbox'],
    ['obstacle', 'notes'],
  ])('%s is a %s field', (name, type) => {
    expect(field(name)[COL.type]).toBe(type);
  });

  it('flags as identifiers the response id, the declared quasi-identifiers and the free-text obstacle, and nothing else', () => {
    expect(field('obstacle')[COL.identifier]).toBe('y');
    expect(field('obstacle')[COL.required]).toBe('');
    expect(fields.filter((r) => r[COL.identifier] === 'y').map((r) => r[COL.name]).sort()).toEqual(
      ['response_id', 'state', 'pathway', 'discipline', 'credentials_held', 'employment', 'obstacle'].sort(),
    );
  });

  it('never marks a tick-box question required: REDCap would demand a tick where it was not shown', () => {
    const tickBoxes = fields.filter((r) => r[COL.type] === 'checkbox');
    expect(tickBoxes.length).toBeGreaterThan(0);
    for (const row of tickBoxes) expect(row[COL.required]).toBe('');
  });

  it('marks required questions', () => {
    expect(field('pathway')[COL.required]).toBe('y');
    expect(field('record_id')[COL.required]).toBe('');
  });

  it('writes choices as "code, label | ..." with the contract codes for site_types', () => {
    expect(codesOf(field('site_types'))).toEqual(['hospital', 'imaging_center', 'large_clinic', 'small_clinic', 'other']);
    expect(field('site_types')[COL.choices]).toContain('hospital, Hospital | imaging_center, Imaging center');
    expect(codesOf(field('state'))).toContain('NM');
    for (const q of bank.questions) {
      if ('options' in q) expect(codesOf(field(q.id))).toEqual(q.options.map((o) => (q.kind === 'multi' ? o.value.toLowerCase() : o.value)));
    }
  });

  it('puts the section header on the first question of each section only', () => {
    const headers = fields.filter((r) => r[COL.section] !== '').map((r) => [r[COL.name], r[COL.section]]);
    const sections = [...new Set(bank.questions.map((q) => q.section))];
    expect(headers.map(([, s]) => s)).toEqual(sections);
    expect(headers[0]).toEqual(['pathway', 'About you']);
    expect(field('site_types')[COL.section]).toBe('Your clinical site');
  });

  it('translates show_if into branching logic', () => {
    expect(field('spi_status')[COL.branching]).toContain('[pathway]');
    expect(field('spi_status')[COL.branching]).toBe("([pathway] = 'sonography_student' or [pathway] = 'sonographer')");
    expect(field('employer_hours')[COL.branching]).toBe("[clinical_arrangement(employer)] = '1'");
    expect(field('pathway')[COL.branching]).toBe('');
  });

  it('explains option-level show_if in the annotation, without writing any action tag', () => {
    const note = field('discipline')[COL.annotation]!;
    expect(note).toMatch(/^Options shown only when/);
    expect(note).toContain("ct, mri, mammography, bone_densitometry, cardiac_interventional, vascular_interventional if ([pathway] = 'post_primary' or [pathway] = 'other')");
    expect(field('credentials_held')[COL.annotation]).toContain("mammography if [discipline] = 'breast_sonography'");
    expect(field('pathway')[COL.annotation]).toBe('');
    for (const row of fields) expect(row[COL.annotation]).not.toContain('@');
  });

  it('refers in branching logic and annotations only to fields, codes and values defined earlier', () => {
    const defined = new Map<string, string[]>();
    for (const row of fields) {
      const name = row[COL.name]!;
      for (const text of [row[COL.branching]!, row[COL.annotation]!]) {
        for (const [, ref, code, value] of text.matchAll(/\[([a-z0-9_]+)(?:\(([a-z0-9_]+)\))?\]\s*(?:=|<>)\s*'([^']*)'/g)) {
          expect(defined.has(ref!), `${name} refers to ${ref}, not defined earlier`).toBe(true);
          const target = fields.find((r) => r[COL.name] === ref)!;
          if (code === undefined) {
            expect(target[COL.type], `${name}: [${ref}] is a checkbox and needs a code`).not.toBe('checkbox');
            if (value !== '') expect(defined.get(ref!), `${name}: '${value}' is not a code of ${ref}`).toContain(value);
          } else {
            expect(target[COL.type]).toBe('checkbox');
            expect(defined.get(ref!), `${name}: ${code} is not a code of ${ref}`).toContain(code);
            expect(['0', '1']).toContain(value);
          }
        }
      }
      defined.set(name, codesOf(row));
    }
    expect(fields.some((r) => r[COL.branching] !== '')).toBe(true);
  });

  it('names import columns as REDCap exports them: id, or id___code per checkbox choice, then the form status', () => {
    const expected = fields.flatMap((r) => (r[COL.type] === 'checkbox' ? codesOf(r).map((c) => `${r[COL.name]}___${c}`) : [r[COL.name]!]));
    expect(redcapImportColumns(bank)).toEqual([...expected, 'clinical_path_complete']);
    expect(redcapImportColumns(bank)).toContain('site_types___imaging_center');
  });
});

describe('redcapDictionaryRows choice labels', () => {
  it('replaces | in a label, which REDCap reads as a choice separator, and keeps commas', () => {
    const sections = structuredClone(tinySections);
    sections[0]!.questions[0]!.options![0]!.label = 'ARRT | post-primary, CT or MR';
    const result = parseBank({ file: 'bank.yaml', data: { id: 'tiny', version: '1', title: 'Tiny' } },
      sections.map((data, i) => ({ file: `sections/0${i + 1}.yaml`, data })));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const row = redcapDictionaryRows(result.bank, dictionaryWords).find((r) => r[0] === 'pathway')!;
    expect(row[COL.choices]).toBe('post_primary, ARRT / post-primary, CT or MR | sonography_student, Sonography student');
  });
});

describe('renderDictionaryRedcap', () => {
  it('is one CSV line per row, ending with a line break', () => {
    const text = renderDictionaryRedcap(bank);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')[0]).toBe(csvRow(header!));
    expect(text.split('\n').filter((l) => l.startsWith('site_types,'))).toHaveLength(1);
    expect(text).not.toContain('\r');
  });
});

describe('dictionaryJson', () => {
  const json = dictionaryJson(bank);

  it('names the bank and lists every question in order', () => {
    expect(json.bank).toEqual({ id: bank.id, version: bank.version, title: bank.title });
    expect(json.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
  });

  it('describes a question with its condition in both syntaxes', () => {
    const spi = json.questions.find((q) => q.id === 'spi_status')!;
    expect(spi).toMatchObject({
      kind: 'single', section: 'Where and when', label: 'SPI exam status', optional: false, identifier: false,
      showIf: { question: 'pathway', in: ['sonography_student', 'sonographer'] },
      redcapBranching: "([pathway] = 'sonography_student' or [pathway] = 'sonographer')",
    });
  });

  it('carries ASRT figures, the identifier flag and option conditions', () => {
    const sites = json.questions.find((q) => q.id === 'site_types')!;
    expect(sites.options[0]).toEqual({ value: 'hospital', label: 'Hospital', asrtPercent: 78.9, showIf: null, redcapBranching: null });
    expect(sites.showIf).toBeNull();
    const obstacle = json.questions.find((q) => q.id === 'obstacle')!;
    expect(obstacle).toMatchObject({ kind: 'text', identifier: true, optional: true, options: [] });
    const ct = json.questions.find((q) => q.id === 'discipline')!.options.find((o) => o.value === 'ct')!;
    expect(ct.redcapBranching).toBe("([pathway] = 'post_primary' or [pathway] = 'other')");
  });

  it('renders as JSON text that parses back to the same object', () => {
    const text = renderDictionaryJson(bank);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(json);
  });
});

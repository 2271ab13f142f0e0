import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/files/loadBank.js';

const SHIPPED = fileURLToPath(new URL('../../questions', import.meta.url));
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the shipped bank with `edit` applied, loaded as `validate` loads it. */
function problemsAfter(edit: (d: string) => void) {
  dir = mkdtempSync(join(tmpdir(), 'cp-validate-'));
  cpSync(SHIPPED, dir, { recursive: true });
  edit(dir);
  const result = loadContent(dir, 'questions');
  return result.ok ? [] : result.problems;
}

describe('validate: every question is used and every fact has a source', () => {
  it('names a question no plan item reads, in its own file', () => {
    const problems = problemsAfter((d) =>
      appendFileSync(join(d, 'sections/04-timing.yaml'), '\n  - id: favourite_colour\n    kind: single\n    prompt: Favourite colour?\n    options:\n      - { value: red, label: Red }\n      - { value: blue, label: Blue }\n'),
    );
    expect(problems).toEqual([{ file: join('questions', 'sections/04-timing.yaml'), questionId: 'favourite_colour', field: 'id', message: expect.stringContaining('survey_only') }]);
  });

  it('accepts that question once it is marked survey_only with help saying so', () => {
    const problems = problemsAfter((d) =>
      appendFileSync(join(d, 'sections/04-timing.yaml'), '\n  - id: favourite_colour\n    kind: single\n    survey_only: true\n    prompt: Favourite colour?\n    help: Asked for the survey report only; it does not change your plan.\n    options:\n      - { value: red, label: Red }\n      - { value: blue, label: Blue }\n'),
    );
    expect(problems).toEqual([]);
  });

  it('names a source with no address, and an item excluding an item that does not exist', () => {
    const problems = problemsAfter((d) => {
      const file = join(d, 'plan.yaml');
      const text = readFileSync(file, 'utf8')
        .replace('    url: https://nmtcb.org/exams/computed-tomography\n', '')
        .replace('excludes: [pp_coursework_done]', 'excludes: [pp_coursework_gone]');
      writeFileSync(file, text);
    });
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [join('questions', 'plan.yaml'), expect.stringMatching(/^items\.\d+ \(pp_se_expiring\)\.excludes$/)],
      [join('questions', 'plan.yaml'), 'sources.nmtcb_ct'],
    ]);
  });
});

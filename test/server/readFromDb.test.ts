import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seeded, syntheticResponse } from '../bench/syntheticResponses.mjs';
import type { ResponseFile } from '../../src/core/survey/responseFile.js';
import { runMain } from '../e2e/runMain.js';
import { tempHome } from '../e2e/runBin.js';
import { ENGINES, openFresh } from './testDatabases.js';

const random = seeded(16);
const responses: ResponseFile[] = Array.from({ length: 60 }, () => syntheticResponse(random) as ResponseFile);
// One respondent changed an answer and sent again: the database keeps revision 2 only, as collect keeps from files.
const changed = { ...responses[0]!, revision: 2, answers: { ...responses[0]!.answers, liability_required: 'not_sure' } };
delete (changed.answers as Record<string, unknown>).liability_source;

describe.each(ENGINES)('report and collect --db on $engine', ({ fresh }) => {
  const { home } = tempHome();
  const file = join(home, 'all.jsonl');
  let target: string;
  let done: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openFresh(fresh);
    ({ target, done } = opened);
    for (const r of [...responses, changed]) await opened.db.put(r);
    // Closed before the command opens it: a PGlite folder has one user at a time.
    await opened.db.close();
    writeFileSync(file, [...responses, changed].map((r) => JSON.stringify(r)).join('\n'));
  }, 60_000);
  afterAll(async () => done?.());

  it.each(['json', 'csv', 'markdown'])('the %s report from the database is the one from the same records in a file', async (format) => {
    const fromDb = await runMain(['report', '--db', target, '--format', format], { home });
    const fromFile = await runMain(['report', file, '--format', format], { home });
    expect(fromDb.stderr).toBe('');
    expect(fromDb.code).toBe(0);
    expect(fromDb.stdout).toBe(fromFile.stdout);
    if (format === 'json') expect(JSON.parse(fromDb.stdout).respondents).toBe(60);
  });

  it('collect --db writes the latest revision of each response once', async () => {
    const out = await runMain(['collect', '--db', target], { home });
    expect(out.code).toBe(0);
    const records = out.stdout.trim().split('\n').map((line) => JSON.parse(line) as ResponseFile);
    expect(records).toHaveLength(60);
    expect(records.find((r) => r.responseId === changed.responseId)).toEqual(changed);
  });
});

describe('report --db that cannot be read', () => {
  const { home } = tempHome();
  it.each([
    ['a folder with no database', () => join(home, 'nothing-here'), /no survey database here/],
    ['a Postgres server that is not there', () => 'postgres://nobody:secret@127.0.0.1:1/none', /Could not open the survey database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/],
  ])('%s: one line, exit 2, no password shown', async (_name, target, message) => {
    const out = await runMain(['report', '--db', target()], { home });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toContain('secret');
    expect(out.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('names what to read when given nothing', async () => {
    const out = await runMain(['report'], { home });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/Name the responses to read/);
  });
});

import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { firstFrame } from '../../src/cli/firstFrame.js';
import { startFlow } from '../../src/core/flow/flowReducer.js';
import { loadContent } from '../../src/files/loadBank.js';
import { parseBank } from '../../src/core/bank/parseBank.js';
import { tinySections } from '../fixtures/tinyBank.js';
import { renderApp } from './helpers.js';

const loaded = loadContent(fileURLToPath(new URL('../../questions', import.meta.url)));
if (!loaded.ok) throw new Error('questions/ does not load');
const { bank } = loaded.content;
afterEach(cleanup);

describe('the first frame printed before Ink loads', () => {
  it.each([
    ['a fresh start', undefined],
    ['a resumed answer further down the list', { answers: { pathway: 'sonographer' }, current: 'pathway', screen: 'question' as const }],
  ])('is the frame Ink then draws, line for line (%s)', async (_name, saved) => {
    const app = await renderApp({ bank, saved, rows: 40 });
    // ink-testing-library draws 100 columns.
    const printed = firstFrame(bank, startFlow(bank, saved), { columns: 100, rows: 40, color: false });
    expect(printed).not.toBeNull();
    expect(printed).toEqual(app.screen().split('\n'));
  });
});

describe('the first frame of an optional single choice', () => {
  it('lists the Skip row as Ink does, numbers and key help included, line for line', async () => {
    const sections = [{ ...tinySections[0]!, questions: tinySections[0]!.questions.map((q, i) => (i === 0 ? { ...q, optional: true } : q)) }, tinySections[1]!];
    const result = parseBank({ file: 'bank.yaml', data: { id: 'tiny', version: '1', title: 'Tiny' } }, sections.map((data, i) => ({ file: `s${i}.yaml`, data })));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const optional = result.bank;
    const app = await renderApp({ bank: optional, rows: 40 });
    const printed = firstFrame(optional, startFlow(optional), { columns: 100, rows: 40, color: false });
    expect(printed?.some((line) => line.endsWith('3. Skip this question'))).toBe(true);
    expect(printed).toEqual(app.screen().split('\n'));
  });
});

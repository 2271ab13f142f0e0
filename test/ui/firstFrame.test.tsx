import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { firstFrame } from '../../src/cli/firstFrame.js';
import { startFlow } from '../../src/core/flow/flowReducer.js';
import { loadContent } from '../../src/files/loadBank.js';
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

import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { questionSchema, type Bank } from '../../src/core/bank/schema.js';
import { keys, renderApp } from './helpers.js';

afterEach(cleanup);

const long = 'a long option whose label and hint together are wider than the hundred columns the test terminal has';
function bank(): Bank {
  const question = questionSchema.parse({
    id: 'pick', kind: 'single', prompt: 'Which one?',
    options: [
      { value: 'first', label: 'First', hint: long },
      { value: 'second', label: 'Second', hint: long },
    ],
  });
  return { id: 'long-option', version: '1', title: 'Long option', questions: [{ ...question, section: 'Section' }] };
}

describe('an option wider than the terminal', () => {
  it('is shown whole while highlighted and cut while not, within the frame', async () => {
    const app = await renderApp({ bank: bank(), rows: 12 });
    const whole = (label: string) => app.screen().replace(/\s+/g, ' ').includes(`${label} — ${long}`);
    expect(whole('First')).toBe(true);
    expect(whole('Second')).toBe(false);
    expect(app.screen()).toContain('Second — a long option');
    await app.press(keys.down);
    expect(whole('Second')).toBe(true);
    expect(whole('First')).toBe(false);
    expect(app.screen().split('\n').length).toBeLessThan(12);
  });
});

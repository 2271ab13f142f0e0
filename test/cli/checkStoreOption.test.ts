import { describe, expect, it } from 'vitest';
import { checkStoreOption } from '../../src/cli/checkStoreOption.js';

describe('checkStoreOption', () => {
  it.each<[string, { store?: unknown }]>([
    ['no --store', {}],
    ['a folder', { store: '/home/dana/answers' }],
    ['a relative folder', { store: 'answers' }],
  ])('accepts %s', (_name, argv) => {
    expect(checkStoreOption(argv)).toBe(true);
  });

  it.each<[string, string]>([
    ['--store ""', ''],
    ['--store " " (only spaces)', '  '],
  ])('refuses %s as usage, naming --store', (_name, store) => {
    expect(checkStoreOption({ store })).toMatch(/^--store needs a folder/);
  });
});

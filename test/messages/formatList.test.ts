import { describe, expect, it } from 'vitest';
import { formatList } from '../../src/messages/formatList.js';

describe('formatList', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['hospitals'], 'hospitals'],
    [['hospitals', 'clinics'], 'hospitals and clinics'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → %j', (items, expected) => {
    expect(formatList(items)).toBe(expected);
  });
});

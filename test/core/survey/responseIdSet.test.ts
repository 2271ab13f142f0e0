import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createResponseIdSet } from '../../../src/core/survey/responseIdSet.js';

describe('createResponseIdSet', () => {
  it('answers as a Set of strings does, through many doublings of its table', () => {
    const ids = Array.from({ length: 20_000 }, () => randomUUID());
    const set = createResponseIdSet();
    const reference = new Set<string>();
    // Every id twice, the repeats spread out, plus ids that are not UUIDs.
    const order = [...ids, 'not-a-uuid', ...ids.slice().reverse(), 'NOT-A-UUID', 'not-a-uuid', ids[0]!.toUpperCase(), '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'];
    const added = order.map((id) => set.add(id));
    const expected = order.map((id) => !reference.has(id) && Boolean(reference.add(id)));
    expect(added).toEqual(expected);
    expect(set.size).toBe(reference.size);
  });

  it('tells apart ids that differ in one hex digit only', () => {
    const set = createResponseIdSet();
    expect(set.add('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(set.add('0f8fad5b-d9cb-469f-a165-70867728950f')).toBe(true);
    expect(set.add('1f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(set.add('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(false);
  });
});

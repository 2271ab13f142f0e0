import { describe, expect, it } from 'vitest';
import { findDuplicateKey } from '../../src/files/findDuplicateKey.js';
import { parseRecord } from '../../src/files/parseRecord.js';

describe('parseRecord', () => {
  it('parses a record, colons in text answers included', () => {
    expect(parseRecord('{"a": "x: y", "b": {"c": ["d:e"]}}')).toEqual({ value: { a: 'x: y', b: { c: ['d:e'] } } });
  });

  it.each([
    ['not JSON', 'hello', { line: 1, error: 'not valid JSON (the record looks cut short)' }],
    ['a duplicate key', '{"a": 1,\n"b": {"c": 1, "c": 2}}', { line: 2, error: 'the key “c” appears twice; keys must be unique' }],
    ['a duplicate key written differently', '{"a": 1, "\\u0061": 2}', { line: 1, error: 'the key “a” appears twice; keys must be unique' }],
    ['100,000 levels', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, { line: 1, error: 'nested too deeply (more than 64 levels of brackets); not a response' }],
  ])('%s', (_name, text, expected) => {
    expect(parseRecord(text)).toEqual(expected);
  });
});

describe('findDuplicateKey', () => {
  it('tells keys from values and keeps each object to itself', () => {
    expect(findDuplicateKey('{"a": "a", "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}]}')).toBeUndefined();
    expect(findDuplicateKey('{"a": {}, "b": [], "\\"a": 1, "a": 2}')).toEqual({ key: 'a', offset: 29 });
  });
});

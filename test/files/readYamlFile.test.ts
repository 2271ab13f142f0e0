import { describe, expect, it } from 'vitest';
import { findTooDeep } from '../../src/files/findTooDeep.js';
import { parseYamlText } from '../../src/files/readYamlFile.js';

const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  .concat(Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`))
  .join('\n');

describe('parseYamlText', () => {
  it('reads nesting up to the limit, block or flow', () => {
    expect(parseYamlText(`${'- '.repeat(60)}x\n`).ok).toBe(true);
    expect(parseYamlText(`a:\n${' '.repeat(120)}b: 1\n`).ok).toBe(true);
    expect(parseYamlText(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
  });

  it('reads YAML and JSON, anchors included', () => {
    expect(parseYamlText('base: &b [ct]\nmore: *b\n')).toEqual({ ok: true, data: { base: ['ct'], more: ['ct'] } });
    expect(parseYamlText('{"answers": {"pathway": "ct"}}')).toEqual({ ok: true, data: { answers: { pathway: 'ct' } } });
  });

  it.each([
    ['an alias bomb', bomb, /^line 2: too many aliases/],
    ['100,000 nested brackets', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /^line 1: nested too deeply/],
    ['deep brackets on a later line', `a: 1\nb: ${'{x: '.repeat(70)}1${'}'.repeat(70)}\n`, /^line 2: nested too deeply/],
    // Left to the parser, these failed only when its recursion ran out of stack, which depends on what ran before.
    ['1,000 nested block sequences', `${'- '.repeat(1000)}x\n`, /^line 1: nested too deeply/],
    ['indentation past 128 columns on a later line', `a:\n${' '.repeat(130)}b: 1\n`, /^line 2: nested too deeply/],
    ['a duplicate key', 'a: 1\nb:\n  c: 2\n  c: 3\n', /^line 4: the key “c” appears twice; Map keys must be unique$/],
    ['a duplicate quoted key', '{"a": 1,\n "a": 2}', /^line 2: the key “a” appears twice/],
    ['two documents', 'a: 1\n---\nb: 2\n', /^line \d: holds more than one YAML document/],
    ['an alias to no anchor', 'a: *nope\n', /^line 1: an \*alias names an anchor that is not set before it \(nope\)/],
    ['a syntax error', 'answers:\n  pathway: [ct\n', /^line \d+: /],
  ])('%s: one plain line with the line number', (_name, text, message) => {
    const result = parseYamlText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).not.toMatch(/\n|Maximum call stack|resource exhaustion|parseAllDocuments/i);
    }
  });
});

describe('findTooDeep', () => {
  it('skips brackets in quoted strings and comments, not in flow collections', () => {
    const deep = '['.repeat(5);
    expect(findTooDeep(`a: "${deep}"\nb: '${deep}'\n# ${deep}\n`, 3)).toBeUndefined();
    expect(findTooDeep(`a: ${deep}`, 3)).toBe(6);
    // An apostrophe inside a word does not start a quoted string.
    expect(findTooDeep(`story: Dana's ${deep}`, 3)).toBe(17);
    // Closing brackets inside a string cannot hide real depth.
    expect(findTooDeep(`[[ "]]]]" [[`, 3)).toBe(11);
  });
});

import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/wantsColor.js';

describe('wantsColor: the one colour decision', () => {
  it.each<[string, boolean | undefined, Record<string, string>, boolean, boolean]>([
    ['a terminal', undefined, {}, true, true],
    ['a pipe or a file', undefined, {}, false, false],
    ['--no-color', false, {}, true, false],
    ['NO_COLOR=1', undefined, { NO_COLOR: '1' }, true, false],
    ['NO_COLOR empty (unset, as no-color.org says)', undefined, { NO_COLOR: '' }, true, true],
    ['FORCE_COLOR=0', undefined, { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=false', undefined, { FORCE_COLOR: 'false' }, true, false],
    ['FORCE_COLOR=1 on a pipe: still plain text', undefined, { FORCE_COLOR: '1' }, false, false],
    ['--color with NO_COLOR: NO_COLOR wins', true, { NO_COLOR: '1' }, true, false],
  ])('%s', (_name, flag, env, isTTY, expected) => {
    expect(wantsColor({ flag, env, isTTY })).toBe(expected);
  });
});

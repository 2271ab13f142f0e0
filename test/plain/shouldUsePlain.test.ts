import { describe, expect, it } from 'vitest';
import { shouldUsePlain, type ModeSignals } from '../../src/plain/shouldUsePlain.js';

const terminal: ModeSignals = { env: { TERM: 'xterm-256color' }, stdinIsTTY: true, stdoutIsTTY: true };

describe('shouldUsePlain', () => {
  it.each<[string, Partial<ModeSignals>, boolean]>([
    ['a terminal at both ends: the Ink interview', {}, false],
    ['--plain', { plain: true }, true],
    ['--no-plain on a terminal', { plain: false }, false],
    ['ACCESSIBLE=1', { env: { ACCESSIBLE: '1' } }, true],
    ['ACCESSIBLE=yes', { env: { ACCESSIBLE: 'yes' } }, true],
    ['ACCESSIBLE=true', { env: { ACCESSIBLE: 'TRUE' } }, true],
    ['ACCESSIBLE=0', { env: { ACCESSIBLE: '0' } }, false],
    ['ACCESSIBLE=false', { env: { ACCESSIBLE: 'False' } }, false],
    ['ACCESSIBLE empty', { env: { ACCESSIBLE: '' } }, false],
    ['TERM=dumb', { env: { TERM: 'dumb' } }, true],
    ['no TERM at all, on a terminal', { env: {} }, false],
    ['stdin is a pipe', { stdinIsTTY: false }, true],
    ['stdout is a pipe', { stdoutIsTTY: false }, true],
    ['--no-plain cannot make Ink run without a terminal', { plain: false, stdinIsTTY: false }, true],
  ])('%s → %s', (_name, change, expected) => {
    expect(shouldUsePlain({ ...terminal, ...change })).toBe(expected);
  });
});

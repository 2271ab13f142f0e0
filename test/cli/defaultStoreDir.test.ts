import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStoreDir } from '../../src/cli/paths.js';

const home = homedir();

describe('defaultStoreDir', () => {
  it.each<[string, NodeJS.ProcessEnv, NodeJS.Platform, string]>([
    ['CLINICAL_PATH_HOME wins', { CLINICAL_PATH_HOME: '/data/cp', XDG_CONFIG_HOME: '/x' }, 'linux', '/data/cp'],
    ['Linux: XDG_CONFIG_HOME', { XDG_CONFIG_HOME: '/x' }, 'linux', '/x/clinical-path'],
    ['Linux: ~/.config without it', {}, 'linux', join(home, '.config', 'clinical-path')],
    ['Linux: an empty XDG_CONFIG_HOME is ignored', { XDG_CONFIG_HOME: '' }, 'linux', join(home, '.config', 'clinical-path')],
    ['Linux: a relative XDG_CONFIG_HOME is ignored', { XDG_CONFIG_HOME: 'conf' }, 'linux', join(home, '.config', 'clinical-path')],
    ['macOS', {}, 'darwin', join(home, 'Library', 'Preferences', 'clinical-path')],
    ['Windows: an empty APPDATA is ignored', { APPDATA: '' }, 'win32', join(home, 'AppData', 'Roaming', 'clinical-path', 'Config')],
  ])('%s', (_name, env, platform, expected) => {
    expect(defaultStoreDir(env, platform)).toBe(expected);
  });
});

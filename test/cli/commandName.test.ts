import { describe, expect, it } from 'vitest';
import { commandLine } from '../../src/cli/commandLine.js';
import { commandName, type CommandPrefix } from '../../src/cli/commandName.js';

// The npm variables each way of starting a bin had, measured with npm 11.19 on Node 20 (a probe package printing its env).
const AGENT = { npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' };
const NPX = { ...AGENT, npm_command: 'exec', npm_lifecycle_event: 'npx', npm_lifecycle_script: "'clinical-path'" };

describe('commandName', () => {
  it.each<[string, Record<string, string | undefined>, CommandPrefix]>([
    ['npx with the package installed in the folder', { ...NPX, npm_package_json: '/tmp/inst/package.json' }, 'npx clinical-path'],
    ['npx fetching the package into its cache', { ...NPX, npm_config_package: '/tmp/clinical-path-0.1.0.tgz' }, 'npx clinical-path'],
    ['npm exec (npm sets the same variables as npx)', NPX, 'npx clinical-path'],
    ['npm start in a clone', { ...AGENT, npm_command: 'start', npm_lifecycle_event: 'start', npm_package_name: 'clinical-path' }, 'npm start --'],
    ['npm run start in a clone', { ...AGENT, npm_command: 'run', npm_lifecycle_event: 'start', npm_package_name: 'clinical-path' }, 'npm start --'],
    ['another project’s start script calling the installed bin', { ...AGENT, npm_command: 'start', npm_lifecycle_event: 'start', npm_package_name: 'my-site' }, 'clinical-path'],
    ['another npm script of the clone (npm test runs the bin)', { ...AGENT, npm_command: 'test', npm_lifecycle_event: 'test', npm_package_name: 'clinical-path' }, 'clinical-path'],
    ['a global install: no npm variables at all', { PATH: '/usr/local/bin:/usr/bin', HOME: '/home/dana' }, 'clinical-path'],
    ['an empty environment', {}, 'clinical-path'],
  ])('%s', (_name, env, expected) => {
    expect(commandName(env)).toBe(expected);
  });
});

describe('commandLine', () => {
  it.each<[CommandPrefix | undefined, string, string]>([
    ['npx clinical-path', 'plan', 'npx clinical-path plan'],
    ['npm start --', 'plan --format markdown', 'npm start -- plan --format markdown'],
    ['npm start --', '', 'npm start'],
    ['npx clinical-path', '', 'npx clinical-path'],
    ['clinical-path', 'reset --yes', 'clinical-path reset --yes'],
    [undefined, 'plan', 'clinical-path plan'],
  ])('%s + "%s" → %s', (prefix, rest, expected) => {
    expect(commandLine(prefix, rest)).toBe(expected);
  });
});

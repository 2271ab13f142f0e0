// npm test's checks before the tests: the type check and the linter at once (they share nothing, and together
// they were a sixth of the suite's time one after the other), then the build the end-to-end tests run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

/** Runs a command with its output kept, so two at once never interleave their lines. */
function run(label, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ label, code: 1, output: `${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ label, code: code ?? (signal ? 1 : 0), output }));
  });
}

const checks = await Promise.all([run('type check', bin('tsc'), ['--noEmit']), run('linter', bin('eslint'), ['.'])]);
for (const { output } of checks) process.stdout.write(output);
const failed = checks.filter((c) => c.code !== 0).map((c) => c.label);
if (failed.length > 0) {
  process.stderr.write(`npm test: the ${failed.join(' and the ')} failed (above).\n`);
  process.exit(1);
}
const build = await run('build', process.execPath, [fileURLToPath(new URL('./build.js', import.meta.url))]);
process.stdout.write(build.output);
if (build.code !== 0) {
  process.stderr.write('npm test: the build failed (above).\n');
  process.exit(1);
}

// Packed and installed size: what `npx clinical-path` downloads and what lands on disk.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function folderBytes(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

export function benchSize() {
  const work = mkdtempSync(join(tmpdir(), 'clinical-path-size-'));
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1);
  const install = join(work, 'install');
  execFileSync('mkdir', ['-p', install]);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(work, tarball)], { cwd: install });
  const packages = readdirSync(join(install, 'node_modules')).filter((n) => !n.startsWith('.'));
  return { packedKb: statSync(join(work, tarball)).size / 1024, installedKb: folderBytes(join(install, 'node_modules')) / 1024, packages: packages.length };
}

export function sizeTable(s) {
  return ['| packed | installed | packages installed |', '|---:|---:|---:|', `| ${s.packedKb.toFixed(0)} KB | ${(s.installedKb / 1024).toFixed(2)} MB | ${s.packages} |`].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(sizeTable(benchSize()));

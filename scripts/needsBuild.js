// Whether `npm start` must build first: dist/ is incomplete, there is no record of a build, or something the build
// reads changed after it began. Folders count too: deleting or renaming a file changes its folder's time, not a file's.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'questions', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const OUTPUTS = ['dist/cli.js', 'dist/content.json.br'];

export function needsBuild(root, stamp) {
  if (!existsSync(stamp) || OUTPUTS.some((output) => !existsSync(join(root, output)))) return true;
  const built = statSync(stamp).mtimeMs;
  for (const source of SOURCES) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    if (statSync(path).mtimeMs > built) return true;
    if (!statSync(path).isDirectory()) continue;
    for (const entry of readdirSync(path, { recursive: true })) if (statSync(join(path, entry)).mtimeMs > built) return true;
  }
  return false;
}

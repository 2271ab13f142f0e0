import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file and folder under `root`: path, size, modification time and (for files) the content, sorted. */
export function snapshotTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const stat = statSync(path);
      const content = entry.isFile() ? readFileSync(path, 'base64') : '';
      out.push(`${relative(root, path)} ${entry.isDirectory() ? 'dir' : stat.size} ${stat.mtimeMs} ${content}`);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return out.sort();
}

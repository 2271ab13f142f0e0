import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsError } from './describeFsError.js';
import { specialFileReason } from './specialFile.js';

const RESPONSE_FILE = /\.(json|jsonl)$/i;

export interface Listing {
  /** Response files to read, in name order, links followed. */
  files: string[];
  /** Entries named like response files that cannot be read (a broken link, a pipe), with the reason. */
  skipped: { path: string; reason: string }[];
}

/**
 * The `.json` and `.jsonl` files in a folder and its subfolders. Links are followed, to files and to folders alike
 * (survey staff gather responses with `ln -s`), and a folder already visited through another link is not listed
 * again, so a link loop ends. `visited` holds the real paths of the folders on the way here.
 */
export function listResponseFiles(folder: string, visited: Set<string>): Listing {
  const listing: Listing = { files: [], skipped: [] };
  const names = readdirSync(folder).sort((a, b) => a.localeCompare(b));
  for (const name of names) {
    const path = join(folder, name);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      if (RESPONSE_FILE.test(name)) listing.skipped.push({ path, reason: `${describeFsError(error)} (a link to nothing?)` });
      continue;
    }
    if (stat.isDirectory()) {
      const real = realpathSync(path);
      if (visited.has(real)) continue; // a link back to a folder on the way here, or one listed already
      visited.add(real);
      const inner = listResponseFiles(path, visited);
      listing.files.push(...inner.files);
      listing.skipped.push(...inner.skipped);
      continue;
    }
    if (!RESPONSE_FILE.test(name)) continue;
    const special = specialFileReason(stat);
    if (special) listing.skipped.push({ path, reason: special });
    else listing.files.push(path);
  }
  return listing;
}

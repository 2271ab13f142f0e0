// `npm start` runs this before the app: it builds only when something the build reads changed since the last build
// (scripts/needsBuild.js), so starting again is instant. `npm run build`, `npm test` and `npm pack` always build.
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from './buildStamp.js';
import { needsBuild } from './needsBuild.js';

if (needsBuild(fileURLToPath(new URL('..', import.meta.url)), BUILD_STAMP)) {
  process.stderr.write('Building clinical-path (the sources changed since the last build)…\n');
  await import('./build.js');
}

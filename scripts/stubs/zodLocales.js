// zod's classic API re-exports every one of its ~45 locales as `z.locales` (264 kB minified, 58% of the zod chunk),
// and a namespace re-export cannot be tree-shaken. clinical-path never calls `z.config(z.locales.xx())`: zod speaks
// English by itself (classic/schemas.js imports locales/en.js directly) and our messages word zod's issues anyway.
// This esbuild plugin gives both re-exports a `locales` holding English only, so `z.locales.en` still works.
import { dirname, join } from 'node:path';

// Both re-export them: `z.locales` (classic/external.js) and `z.core.locales` (core/index.js).
const IMPORTER = /[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/;

export const zodLocalesStub = {
  name: 'zod-locales-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      IMPORTER.test(importer) ? { path: join(dirname(importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, ({ path }) => ({ contents: 'export { default as en } from "./en.js";', resolveDir: dirname(path), loader: 'js' }));
  },
};

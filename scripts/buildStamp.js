// The time of the last successful build, kept outside dist/ so it is never packed. `npm run build` writes it;
// `npm start` (scripts/buildIfChanged.js) rebuilds only when a source is newer.
export const BUILD_STAMP = new URL('../node_modules/.cache/clinical-path/build-stamp', import.meta.url);

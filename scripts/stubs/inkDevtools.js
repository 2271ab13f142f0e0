// Ink imports its React DevTools bridge (./devtools.js, with the `ws` WebSocket client it needs: a 49 kB chunk) only
// when DEV=true, to debug Ink itself; clinical-path ships no DevTools. This esbuild plugin points that import at an
// empty module written inline, so no chunk is emitted and DEV=true still starts the app, silently without DevTools.
const EMPTY_MODULE = 'data:text/javascript,';

export const inkDevtoolsStub = {
  name: 'ink-devtools-stub',
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, ({ importer }) =>
      /[\\/]ink[\\/]build[\\/]reconciler\.js$/.test(importer) ? { path: EMPTY_MODULE, external: true } : undefined,
    );
  },
};

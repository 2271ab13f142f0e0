import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { patchInk } from './scripts/inkPatch.js';

const inked = ['ink', 'ink-testing-library'];
const inkedFile = new RegExp(`[\\\\/]node_modules[\\\\/](${inked.join('|')})[\\\\/]build[\\\\/].*\\.js$`);

export default defineConfig({
  // The views are tested against the same patched Ink that is bundled (scripts/inkPatch.js). For that Ink
  // is inlined, with everything that imports it so there is one copy of Ink and its contexts. Their
  // source maps point at sources npm does not ship, so they are dropped instead of warned about.
  plugins: [
    {
      name: 'ink-patch',
      load: (id: string) => (inkedFile.test(id) ? patchInk(readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, ''), id) : undefined),
    },
  ],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    // Forks, not threads: the in-process end-to-end tests change the working folder, which only a process may.
    pool: 'forks',
    server: { deps: { inline: inked } },
    // The UI tests stand in for a person at a terminal; under CI=true Ink only draws the last frame.
    // Tests that need CI behaviour set it on the child process they start.
    env: { CI: 'false' },
  },
});

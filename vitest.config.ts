import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { patchInk } from './scripts/inkPatch.js';

/** Test files that must not share a process with others (see projects below). */
const OWN_PROCESS = [
  'test/e2e/**', 'test/server/**', 'test/class*.test.ts', 'test/files/readRecordsLinks.test.ts', 'test/render/reportHtml.test.ts',
  'test/cli/stopOnUncaught.test.ts', 'test/store/storeFaults.test.ts', 'test/store/lockRace.test.ts', 'test/store/lockLiveness.test.ts',
  'test/ui/demoAccess.test.tsx', 'test/files/readTextFile.test.ts',
].map((glob) => (glob.endsWith('**') ? `${glob}/*.test.{ts,tsx}` : glob));

/**
 * The longest files, started first so that none is left running alone at the end. Vitest orders by the last run's
 * times when it has them, but a fresh checkout (CI) has none and would start them wherever they fall.
 */
const LONGEST = [
  'test/server/faults.test.ts', 'test/e2e/keys.pty.test.ts', 'test/class.test.ts', 'test/ui/randomKeys.property.test.tsx',
  'test/e2e/lock.test.ts', 'test/server/serve.test.ts', 'test/e2e/smallTerminal.pty.test.ts', 'test/e2e/reportHtml.browser.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const at = LONGEST.findIndex((path) => f.moduleId.endsWith(path));
      return at === -1 ? LONGEST.length : at;
    };
    const sorted = await super.sort(files);
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

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
    // A limit to catch a hang, not a speed check: tests that take a few seconds alone take ten times that with three
    // suites running at once on two cores, which the suite must survive.
    testTimeout: 60_000,
    // Forks, not threads: the in-process end-to-end tests change the working folder, which only a process may.
    pool: 'forks',
    // Vitest's default leaves one core free, which on a 2-core machine runs every file one after another; most of
    // the slow files wait on processes they started, so two at a time use the machine without crowding it.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongestFirst },
    server: { deps: { inline: inked } },
    // The UI tests stand in for a person at a terminal; under CI=true Ink only draws the last frame.
    // Tests that need CI behaviour set it on the child process they start.
    env: { CI: 'false' },
    projects: [
      {
        extends: true,
        // Tests that only call functions and render views in this process share one module cache per worker:
        // loading React, Ink and the bank once instead of once per file was a large part of the suite's time.
        test: { name: 'in-process', include: ['test/**/*.test.{ts,tsx}'], exclude: [...OWN_PROCESS], isolate: false },
      },
      {
        extends: true,
        // Tests that start processes, change the working folder or environment, or mock modules keep a process each.
        test: { name: 'own-process', include: OWN_PROCESS },
      },
    ],
  },
});

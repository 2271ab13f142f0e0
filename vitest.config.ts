import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    pool: 'forks',
    // The UI tests stand in for a person at a terminal; under CI=true Ink only draws the last frame.
    // Tests that need CI behaviour set it on the child process they start.
    env: { CI: 'false' },
  },
});

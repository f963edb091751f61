import { defineConfig } from 'vitest/config';

// Three projects: unit tests (no database), and the database-backed suites (integration + browser)
// run once on SQLite and once on PostgreSQL. scripts/test.mjs picks which to run.
const jsx = { oxc: { jsx: { runtime: 'classic' as const, pragma: 'h', pragmaFrag: 'Fragment', development: false } } };

// Suites about markup and the browser rather than data run once, in the SQLite project: accessibility and
// HTML validity of every page type, the editor island on its own test page, the benchmark harness on its
// own database, and the newsroom's screen-by-screen browser suites, whose every server action is also
// covered by the integration suites that run on both dialects (docs/decisions/012-test-budget.md).
// The end-to-end flows (reader, newsroom, live feed) and every integration suite run on both.
const ONCE = [
  'test/e2e/accessibility.test.ts',
  'test/e2e/html-validity.test.ts',
  'test/e2e/newsroom-editor.test.ts',
  'test/e2e/bench-smoke.test.ts',
  'test/e2e/newsroom-accounts.test.ts',
  'test/e2e/newsroom-articles.test.ts',
  'test/e2e/newsroom-taxonomy.test.ts',
  'test/e2e/newsroom-media.test.ts',
  'test/integration/newsroom/stats-browser.test.ts',
  'test/integration/newsroom/related-browser.test.ts',
];

const dbSuite = (dialect: 'sqlite' | 'postgres', groupOrder: number) => ({
  ...jsx,
  test: {
    name: dialect,
    include: ['test/integration/**/*.test.{ts,tsx}', 'test/e2e/**/*.test.{ts,tsx}'],
    exclude: dialect === 'postgres' ? ['**/node_modules/**', ...ONCE] : ['**/node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    env: { NEWSDESK_TEST_DIALECT: dialect },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file gets its own database copy; two workers suit the 2-core machines.
    maxWorkers: 2,
    // One suite after the other: both at once would fight over the two cores.
    sequence: { groupOrder },
  },
});

export default defineConfig({
  test: {
    projects: [
      // The CLI tests in here start node processes: a few seconds each on a busy 2-core machine, so
      // vitest's 5 s default failed them in CI (related-cli); the database suites use 60 s as well.
      // Two workers, as the database suites have: by default this project ran its files one at a time
      // (105 s for 91 s of tests, most of it the CLI tests waiting on their processes).
      { ...jsx, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], testTimeout: 60_000, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      dbSuite('sqlite', 1),
      dbSuite('postgres', 2),
    ],
  },
});

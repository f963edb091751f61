import { defineConfig } from 'vitest/config';

// Three projects: unit tests (no database), and the database-backed suites (integration + browser)
// run once on SQLite and once on PostgreSQL. scripts/test.mjs picks which to run.
const jsx = { oxc: { jsx: { runtime: 'classic' as const, pragma: 'h', pragmaFrag: 'Fragment', development: false } } };

const dbSuite = (dialect: 'sqlite' | 'postgres', groupOrder: number) => ({
  ...jsx,
  test: {
    name: dialect,
    include: ['test/integration/**/*.test.{ts,tsx}', 'test/e2e/**/*.test.{ts,tsx}'],
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
      { ...jsx, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], sequence: { groupOrder: 0 } } },
      dbSuite('sqlite', 1),
      dbSuite('postgres', 2),
    ],
  },
});

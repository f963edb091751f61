// `npm test`: type-check, then the unit suite, then the database suites (integration and browser) on
// SQLite and, when TEST_POSTGRES_URL is set, on PostgreSQL. In CI (CI=true) nothing may be skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const pgUrl = process.env.TEST_POSTGRES_URL;
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const extra = process.argv.slice(2);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const notes = [];
if (!pgUrl) {
  if (ci) {
    console.error('CI=true but TEST_POSTGRES_URL is not set: the PostgreSQL suite may not be skipped in CI.');
    process.exit(1);
  }
  notes.push('PostgreSQL suite SKIPPED: set TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run it.');
}
if (!existsSync(chromium)) {
  if (ci) {
    console.error(`CI=true but Chromium is missing at ${chromium}: browser tests may not be skipped in CI.`);
    process.exit(1);
  }
  notes.push(`Browser tests SKIPPED: Chromium not found at ${chromium} (apt-get install -y chromium).`);
}

console.log('› Type-checking (tsc --noEmit)');
if (run('npx', ['tsc', '--noEmit']) !== 0) process.exit(1);

const projects = ['unit', 'sqlite', ...(pgUrl ? ['postgres'] : [])];
console.log(`› Running test projects: ${projects.join(', ')}`);
const status = run('npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...extra], {
  NEWSDESK_CHROMIUM: existsSync(chromium) ? chromium : '',
});
for (const n of notes) console.log(`\n⚠ ${n}`);
process.exit(status);

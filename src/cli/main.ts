#!/usr/bin/env node
// The `newsdesk` command: serve, migrate, demo, rates, related, user, token. Errors are one clear line and a non-zero exit.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../config.js';
import { isEmpty, loadDemo } from '../demo/load.js';
import { migrate, openStore, type Store } from '../store/db.js';
import { resetContent } from '../store/reset.js';
import { buildApp } from '../web/app.js';
import { progressPrinter } from './progress.js';
import { RATES_HELP, ratesCommand, RatesUsageError } from './rates.js';
import { RELATED_HELP, relatedCommand, RelatedUsageError } from './related.js';
import { USERS_HELP, usersCommand, UsersUsageError } from './users.js';
import { setupAnnouncement, setupLinkIfNoUsers } from '../newsroom/accounts/setup.js';

const HELP = `newsdesk — the news agency website and newsroom

Usage: newsdesk <command> [options]

Commands:
  serve              migrate the database, load demo content if it is empty, and serve the site
  migrate            apply database migrations and exit
  demo [--reset]     load demo content (into an empty database; --reset deletes all content first)
${RATES_HELP}
${RELATED_HELP}
${USERS_HELP}
  help               show this help

Configuration comes from the environment or a .env file:
  PORT (3000), HOST (0.0.0.0), BASE_URL, DATABASE_URL (sqlite:./data/newsdesk.sqlite or postgres://...),
  DATA_DIR (./data), SITE_TZ (Asia/Bishkek), LANGS (ru,ky,en), DEFAULT_LANG (ru), SITE_NAME (Newsdesk), LOG_LEVEL (info),
  DEMO_ON_EMPTY (true), RATES_FETCH (on), RATES_INTERVAL_MINUTES (60), RATES_TIMEOUT_SECONDS (20),
  RATES_CURRENCIES (USD,EUR,RUB), RATES_NBKR_DAILY_URL, RATES_NBKR_WEEKLY_URL, RATES_CBR_URL,
  FEED_CONTENT (full), PAGE_CACHE_MB (64), PAGE_CACHE_TTL_SECONDS (60), PURGE_WEBHOOK_URL,
  MEDIA_MAX_MB (20), SESSION_IDLE_HOURS (12), SESSION_MAX_DAYS (14), TRUST_PROXY (loopback),
  SCHEDULER (on), LIVE_HEARTBEAT_SECONDS (20), LIVE_MAX_STREAMS (1000), VIEWS (on), VIEWS_FLUSH_MS (2000)
See the README's "Configuration" for what each one does.
`;

class UsageError extends Error {}

function describeDb(config: Config): string {
  return config.dialect === 'sqlite' ? `SQLite ${config.sqlitePath}` : `PostgreSQL ${config.databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`;
}

async function openMigrated(config: Config): Promise<Store> {
  const store = openStore(config);
  try {
    const { applied } = await migrate(store);
    if (applied.length) console.error(`Applied migrations: ${applied.join(', ')}`);
    return store;
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
}

async function runDemo(store: Store, config: Config, reset: boolean): Promise<void> {
  if (reset) {
    await resetContent(store);
    console.error('Deleted all content.');
  } else if (!(await isEmpty(store))) {
    throw new UsageError('The database already has content; run "newsdesk demo --reset" to replace it with demo content.');
  }
  console.error('Loading demo content…');
  const p = progressPrinter();
  const summary = await loadDemo(store, { mediaDir: config.mediaDir, tz: config.siteTz, langs: config.langs, siteUrl: config.baseUrl, onProgress: p.update });
  const langs = Object.entries(summary.byLang).map(([l, n]) => `${l} ${n}`).join(', ');
  console.error(`Demo content: ${summary.articles} articles (${langs}) in ${summary.stories} stories, ${summary.rubrics} rubrics, ${summary.tags} tags, ${summary.authors} authors, ${summary.images} pictures, ${summary.rateDays} days of rates.`);
}

async function serve(config: Config): Promise<void> {
  const store = await openMigrated(config);
  if (config.demoOnEmpty && (await isEmpty(store))) await runDemo(store, config, false);
  const app = await buildApp({ config, store });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received, closing`);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await store.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${config.port} is already in use; set PORT to another port.`);
    throw err;
  }
  console.error(`Newsdesk is serving ${config.baseUrl}/ (${describeDb(config)}; languages ${config.langs.join(', ')})`);
  const setupUrl = await setupLinkIfNoUsers(store, config);
  if (setupUrl) console.error(setupAnnouncement(setupUrl));
}

export async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === 'rates') {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(HELP);
      return 0;
    }
    loadDotEnv();
    const config = loadConfig();
    return ratesCommand(rest, config, () => openMigrated(config));
  }
  if (command === 'related') {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(HELP);
      return 0;
    }
    loadDotEnv();
    const config = loadConfig();
    return relatedCommand(rest, config, () => openMigrated(config));
  }
  if (command === 'user' || command === 'token') {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(HELP);
      return 0;
    }
    loadDotEnv();
    const config = loadConfig();
    return usersCommand(command, rest, config, () => openMigrated(config));
  }
  const { values } = parseArgs({ args: rest, options: { reset: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  loadDotEnv();
  const config = loadConfig();
  switch (command) {
    case 'serve':
      await serve(config);
      return -1; // keeps running
    case 'migrate': {
      const store = openStore(config);
      try {
        const { applied } = await migrate(store);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : `The database is up to date (${describeDb(config)}).`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'demo': {
      const store = await openMigrated(config);
      try {
        await runDemo(store, config, Boolean(values.reset));
      } finally {
        await store.close();
      }
      return 0;
    }
    default:
      throw new UsageError(`Unknown command "${command}". Run "newsdesk help" for the list of commands.`);
  }
}

function oneLine(err: unknown): string {
  if (err instanceof ConfigError || err instanceof UsageError || err instanceof RatesUsageError || err instanceof RelatedUsageError || err instanceof UsersUsageError) return err.message;
  const e = err as NodeJS.ErrnoException & { code?: string };
  if (e?.code === 'ECONNREFUSED' || e?.code === 'ENOTFOUND' || e?.code === 'ETIMEDOUT' || e?.code === 'EHOSTUNREACH') return `Cannot connect to the database: ${e.message}`;
  if (e?.code === '3D000' || e?.code === '28P01' || e?.code === '28000') return `The database refused the connection: ${e.message}`;
  if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `${e.message}. Run "newsdesk help".`;
  return err instanceof Error ? err.message : String(err);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err) => {
    console.error(`newsdesk: ${oneLine(err).split('\n')[0]}`);
    if (process.env.DEBUG) console.error(err);
    process.exit(1);
  },
);

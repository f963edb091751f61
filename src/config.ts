// Environment (and an optional .env file) -> one typed, validated configuration object.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isKnownLang, KNOWN_LANGS, type Lang } from './domain/lang.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  databaseUrl: string;
  dialect: Dialect;
  /** absolute path of the SQLite file when dialect is sqlite */
  sqlitePath: string | null;
  dataDir: string;
  mediaDir: string;
  siteTz: string;
  langs: Lang[];
  defaultLang: Lang;
  siteName: string;
  logLevel: string;
  /** load demo content into an empty database on start */
  demoOnEmpty: boolean;
  /** what RSS, Atom and JSON feeds carry per item: the whole article or only its lead */
  feedContent: 'full' | 'lead';
  /** fetch official exchange rates inside the server (RATES_FETCH, default on) */
  ratesFetch: boolean;
  /** source URLs; an empty value switches that source off */
  ratesNbkrDailyUrl: string;
  ratesNbkrWeeklyUrl: string;
  ratesCbrUrl: string;
  /** minutes between scheduled fetches */
  ratesIntervalMinutes: number;
  /** time allowed for one request, in milliseconds */
  ratesTimeoutMs: number;
  /** the currencies shown in the page header, in order (RATES_CURRENCIES, default USD,EUR,RUB) */
  rateCurrencies: string[];
  /** largest accepted upload, in bytes (MEDIA_MAX_MB, default 20) */
  mediaMaxBytes: number;
  /** a newsroom session ends after this long without a request (SESSION_IDLE_HOURS, default 12) */
  sessionIdleMs: number;
  /** and after this long in any case (SESSION_MAX_DAYS, default 14) */
  sessionMaxMs: number;
  /** run the scheduler that publishes scheduled articles and empties the trash (SCHEDULER, default on) */
  scheduler: boolean;
  /** memory for rendered pages, in bytes; 0 switches the page cache off (PAGE_CACHE_MB, default 64) */
  pageCacheBytes: number;
  /** how long a cached page is served before it is rendered again (PAGE_CACHE_TTL_SECONDS, default 60) */
  pageCacheTtlMs: number;
  /** POSTed {keys:[…]} on every change so a CDN can purge by surrogate key (PURGE_WEBHOOK_URL, optional) */
  purgeWebhookUrl: string;
  /**
   * which peers may tell us the client's address (X-Forwarded-For) and protocol: Fastify's trustProxy
   * (TRUST_PROXY: "loopback" by default, a comma list of addresses/CIDRs, "true" for any, "false")
   */
  trustProxy: boolean | string[];
  /** count article views (VIEWS, default on); off: the beacon answers counted:false */
  views: boolean;
  /** counted views are written to the database this often, in one transaction (VIEWS_FLUSH_MS, default 2000) */
  viewsFlushMs: number;
  /** a comment line on every open live stream this often, so proxies keep it (LIVE_HEARTBEAT_SECONDS, default 20) */
  liveHeartbeatMs: number;
  /** open live streams one node serves; more are refused with 503; 0 switches the live feed off (LIVE_MAX_STREAMS, default 1000) */
  liveMaxStreams: number;
}

export class ConfigError extends Error {}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  PORT: z.coerce.number().int('must be a whole number').min(0).max(65535, 'must be a port number (0-65535)').default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  BASE_URL: z.string().url('must be an absolute URL such as https://news.example.kg').optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SITE_TZ: z.string().refine(isValidTimeZone, 'is not a time zone known to this system (try Asia/Bishkek)').default('Asia/Bishkek'),
  LANGS: z
    .string()
    .default(KNOWN_LANGS.join(','))
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((list) => list.length > 0, 'must name at least one language')
    .refine((list) => list.every(isKnownLang), `may only contain ${KNOWN_LANGS.join(', ')}`)
    .refine((list) => new Set(list).size === list.length, 'lists a language twice'),
  DEFAULT_LANG: z.string().optional(),
  SITE_NAME: z.string().min(1).default('Newsdesk'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_ON_EMPTY: z.enum(['true', 'false', '1', '0']).default('true'),
  FEED_CONTENT: z.enum(['full', 'lead']).default('full'),
  RATES_FETCH: z.enum(['on', 'off', 'true', 'false', '1', '0']).default('on'),
  RATES_NBKR_DAILY_URL: optionalUrl('https://www.nbkr.kg/XML/daily.xml'),
  RATES_NBKR_WEEKLY_URL: optionalUrl('https://www.nbkr.kg/XML/weekly.xml'),
  RATES_CBR_URL: optionalUrl('https://www.cbr.ru/scripts/XML_daily.asp'),
  RATES_INTERVAL_MINUTES: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(10080, 'must be at most 10080 (a week)').default(60),
  RATES_TIMEOUT_SECONDS: z.coerce.number().positive('must be positive').max(300, 'must be at most 300').default(20),
  RATES_CURRENCIES: z
    .string()
    .default('USD,EUR,RUB')
    .transform((v) => v.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean))
    .refine((list) => list.length > 0, 'must name at least one currency')
    .refine((list) => list.every((c) => /^[A-Z]{3}$/.test(c)), 'must be three-letter currency codes such as USD,EUR,RUB'),
  MEDIA_MAX_MB: z.coerce.number().positive('must be positive').max(500, 'must be at most 500').default(20),
  SESSION_IDLE_HOURS: z.coerce.number().positive('must be positive').max(24 * 90, 'must be at most 2160 (90 days)').default(12),
  SESSION_MAX_DAYS: z.coerce.number().positive('must be positive').max(365, 'must be at most 365').default(14),
  PAGE_CACHE_MB: z.coerce.number().min(0, 'must be 0 (off) or more').max(16384, 'must be at most 16384').default(64),
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(60, 'must be at most 60 (the clock and view counts may be at most a minute old)').default(60),
  PURGE_WEBHOOK_URL: optionalUrl(''),
  TRUST_PROXY: z.string().default('loopback'),
  SCHEDULER: z.enum(['on', 'off', 'true', 'false', '1', '0']).default('on'),
  VIEWS: z.enum(['on', 'off', 'true', 'false', '1', '0']).default('on'),
  VIEWS_FLUSH_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int('must be a whole number').min(100, 'must be at least 100').max(600_000, 'must be at most 600000 (10 minutes: a crash loses at most this much)').default(2000),
  LIVE_HEARTBEAT_SECONDS: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(300, 'must be at most 300').default(20),
  LIVE_MAX_STREAMS: z.coerce.number().int('must be a whole number').min(0, 'must be 0 (off) or more').max(100_000, 'must be at most 100000').default(1000),
});

/** An http(s) URL with a default; an empty value means "off". */
function optionalUrl(fallback: string) {
  return z
    .string()
    .default(fallback)
    .transform((v) => v.trim())
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/.test(v), 'must be an http:// or https:// URL (or empty to switch the source off)');
}

/** Reads `.env` from the working directory when present (real environment variables win). */
export function loadDotEnv(cwd = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const langs = e.LANGS as Lang[];
  const defaultLang = (e.DEFAULT_LANG ?? (langs.includes('ru') ? 'ru' : langs[0])) as Lang;
  if (!langs.includes(defaultLang)) {
    throw new ConfigError(`Invalid configuration: DEFAULT_LANG "${defaultLang}" is not one of LANGS (${langs.join(',')})`);
  }
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  const databaseUrl = e.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'newsdesk.sqlite')}`;
  let dialect: Dialect;
  let sqlitePath: string | null = null;
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    dialect = 'postgres';
  } else if (databaseUrl.startsWith('sqlite:')) {
    dialect = 'sqlite';
    const file = databaseUrl.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    sqlitePath = file === ':memory:' ? ':memory:' : path.resolve(cwd, file);
  } else {
    throw new ConfigError(
      'Invalid configuration: DATABASE_URL must start with postgres:// (PostgreSQL) or sqlite: (for example sqlite:./data/newsdesk.sqlite)',
    );
  }
  const port = e.PORT;
  return {
    port,
    host: e.HOST,
    baseUrl: (e.BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    databaseUrl,
    dialect,
    sqlitePath,
    dataDir,
    mediaDir: path.join(dataDir, 'media'),
    siteTz: e.SITE_TZ,
    langs,
    defaultLang,
    siteName: e.SITE_NAME,
    logLevel: e.LOG_LEVEL,
    demoOnEmpty: e.DEMO_ON_EMPTY === 'true' || e.DEMO_ON_EMPTY === '1',
    feedContent: e.FEED_CONTENT,
    ratesFetch: !['off', 'false', '0'].includes(e.RATES_FETCH),
    ratesNbkrDailyUrl: e.RATES_NBKR_DAILY_URL,
    ratesNbkrWeeklyUrl: e.RATES_NBKR_WEEKLY_URL,
    ratesCbrUrl: e.RATES_CBR_URL,
    ratesIntervalMinutes: e.RATES_INTERVAL_MINUTES,
    ratesTimeoutMs: Math.round(e.RATES_TIMEOUT_SECONDS * 1000),
    rateCurrencies: e.RATES_CURRENCIES,
    mediaMaxBytes: Math.round(e.MEDIA_MAX_MB * 1024 * 1024),
    sessionIdleMs: Math.round(e.SESSION_IDLE_HOURS * 3_600_000),
    sessionMaxMs: Math.round(e.SESSION_MAX_DAYS * 86_400_000),
    pageCacheBytes: Math.round(e.PAGE_CACHE_MB * 1024 * 1024),
    pageCacheTtlMs: e.PAGE_CACHE_TTL_SECONDS * 1000,
    purgeWebhookUrl: e.PURGE_WEBHOOK_URL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    scheduler: !['off', 'false', '0'].includes(e.SCHEDULER),
    views: !['off', 'false', '0'].includes(e.VIEWS),
    viewsFlushMs: e.VIEWS_FLUSH_MS,
    liveHeartbeatMs: e.LIVE_HEARTBEAT_SECONDS * 1000,
    liveMaxStreams: e.LIVE_MAX_STREAMS,
  };
}

/** "true"/"false", or a comma list of addresses, CIDR ranges and Fastify's names (loopback, linklocal, uniquelocal). */
function parseTrustProxy(raw: string): boolean | string[] {
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0' || v === '') return false;
  const list = raw.split(',').map((x) => x.trim()).filter(Boolean);
  for (const item of list) {
    if (!/^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i.test(item)) {
      throw new ConfigError(`Invalid configuration: TRUST_PROXY "${item}" is not an address, a CIDR range, loopback, linklocal, uniquelocal, true or false`);
    }
  }
  return list;
}

// `newsdesk related rebuild [--lang xx]`: computes the related-stories list of every published article
// (or of one language) and stores it, for databases that predate stored lists or after tuning.
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { rebuildRelated } from '../audience/related/backfill.js';
import type { Lang } from '../domain/lang.js';
import type { Store } from '../store/db.js';
import { progressPrinter } from './progress.js';

export const RELATED_HELP = `  related rebuild [--lang ru|ky|en]
                     recompute and store the related stories of every published article (or of
                     one language); editors' pins and removals are kept`;

export class RelatedUsageError extends Error {}

function usage(msg: string): never {
  throw new RelatedUsageError(`${msg}. Run "newsdesk help".`);
}

export async function relatedCommand(args: string[], config: Config, open: () => Promise<Store>): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'rebuild') usage(sub ? `Unknown related command "${sub}" (rebuild)` : 'Say what to do: related rebuild');
  const { values, positionals } = parseArgs({ args: rest, options: { lang: { type: 'string' } }, strict: true, allowPositionals: true });
  if (positionals.length) usage('related rebuild takes no arguments');
  const lang = values.lang;
  if (lang !== undefined && !(config.langs as string[]).includes(lang)) usage(`--lang "${lang}" is not one of the site's languages (${config.langs.join(', ')})`);
  const store = await open();
  try {
    const started = Date.now();
    console.error(`Computing related stories${lang ? ` of the ${lang} articles` : ''}…`);
    const p = progressPrinter();
    const { articles, items } = await rebuildRelated(store, { siteUrl: config.baseUrl, now: Date.now(), lang: lang as Lang | undefined, onProgress: p.update });
    console.error(`Related stories: ${articles} articles, ${items} stored items, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await store.close();
  }
}

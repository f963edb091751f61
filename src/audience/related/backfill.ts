// Computes the lists of every published article (or of one language): after the demo loads, and
// `newsdesk related rebuild` for databases that predate related lists or after a tuning change.
import type { Lang } from '../../domain/lang.js';
import type { Store } from '../../store/db.js';
import { RelatedEngine } from './compute.js';

const PAGE = 500;

export interface RebuildOptions {
  siteUrl: string;
  now: number;
  lang?: Lang;
  onProgress?: (step: string, done: number, total: number) => void;
}

export async function rebuildRelated(store: Store, opts: RebuildOptions): Promise<{ articles: number; items: number }> {
  const engine = new RelatedEngine(store, opts.siteUrl);
  let count = store.db.selectFrom('articles').where('status', '=', 'published').select((eb) => eb.fn.countAll<number>().as('n'));
  if (opts.lang) count = count.where('lang', '=', opts.lang);
  const total = Number((await count.executeTakeFirst())?.n ?? 0);
  const tagCache = new Map<number, number>();
  let done = 0;
  let items = 0;
  opts.onProgress?.('related lists', 0, total);
  // Links first, for every article: a list scores links either way, so B's list needs A's links stored.
  for (const pass of ['links', 'lists'] as const) {
    let after = 0;
    for (;;) {
      let q = store.db.selectFrom('articles').where('status', '=', 'published').where('id', '>', after).orderBy('id').limit(PAGE).select('id');
      if (opts.lang) q = q.where('lang', '=', opts.lang);
      const ids = (await q.execute()).map((r) => r.id);
      if (!ids.length) break;
      after = ids[ids.length - 1];
      for (const id of ids) {
        if (pass === 'links') {
          await engine.refreshLinks(id);
          continue;
        }
        items += (await engine.recompute(id, opts.now, tagCache)).stored;
        done++;
        if (done % 50 === 0 || done === total) opts.onProgress?.('related lists', done, total);
      }
    }
  }
  if (total === 0) opts.onProgress?.('related lists', 0, 0);
  return { articles: done, items };
}

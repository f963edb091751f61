// What a change drops from the page cache (and asks a CDN to purge): the pages that show the changed
// thing, found by surrogate key. Pages link-key every article they show (a:<id>); the places where a
// new or moved article may appear carry slot keys (home:ru, rubric:7, tag:3, author:5, day:ru:2024-02-14,
// sidebar:ru for the day feed beside every page, feed:ru, sitemap).
import type { Kysely } from 'kysely';
import type { ContentChange } from '../../newsroom/deps.js';
import { isoDay } from '../../i18n/format.js';
import type { Database } from '../../store/schema.js';

export async function keysForChange(db: Kysely<Database>, tz: string, change: ContentChange): Promise<string[]> {
  switch (change.kind) {
    case 'rates':
      return ['rates', 'html'];
    case 'taxonomy':
    case 'media':
      return ['all'];
    case 'article': {
      const keys = [`a:${change.articleId}`, `story:${change.storyId}`, 'sitemap'];
      const a = await db.selectFrom('articles').where('id', '=', change.articleId).select(['lang', 'rubric_id', 'published_at']).executeTakeFirst();
      if (!a) return keys;
      // Its translations' pages carry story:<id> (their language switch), so they need no key of their own.
      const [tags, authors] = await Promise.all([
        db.selectFrom('article_tags').where('article_id', '=', change.articleId).select('tag_id').execute(),
        db.selectFrom('article_authors').where('article_id', '=', change.articleId).select('author_id').execute(),
      ]);
      keys.push(`home:${a.lang}`, `feed:${a.lang}`, `sidebar:${a.lang}`);
      if (a.rubric_id != null) keys.push(`rubric:${a.rubric_id}`);
      for (const t of tags) keys.push(`tag:${t.tag_id}`);
      for (const au of authors) keys.push(`author:${au.author_id}`);
      if (a.published_at != null) keys.push(`day:${a.lang}:${isoDay(tz, Number(a.published_at))}`);
      return [...new Set(keys)];
    }
  }
}

/** Tells a CDN or reverse proxy which surrogate keys to purge (PURGE_WEBHOOK_URL); failures are logged, never thrown. */
export async function callPurgeWebhook(url: string, keys: string[], log: { warn(msg: string): void }, timeoutMs = 5000): Promise<void> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ keys }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) log.warn(`page cache: purge webhook answered ${res.status} for ${keys.length} keys`);
  } catch (err) {
    log.warn(`page cache: purge webhook failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

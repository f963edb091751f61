// The two reads the live feed makes: today's visible headlines (to see what has just appeared) and
// what a reconnecting reader missed after its Last-Event-ID.
import type { Kysely } from 'kysely';
import type { HeadlineRef } from '../domain/article.js';
import type { Lang } from '../domain/lang.js';
import type { Database } from '../store/schema.js';
import type { EventCursor } from './events.js';

/** Articles one day may hold before the sweep stops trusting "missing" to mean "removed". */
export const SWEEP_LIMIT = 1000;
/** A reconnecting reader gets at most this many missed headlines (the newest ones). */
export const REPLAY_LIMIT = 20;

function visible(db: Kysely<Database>, now: number) {
  return db
    .selectFrom('articles as a')
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', now)
    .select(['a.id', 'a.story_id', 'a.lang', 'a.slug', 'a.headline', 'a.published_at', 'a.is_breaking']);
}

type Row = Awaited<ReturnType<ReturnType<typeof visible>['executeTakeFirstOrThrow']>>;

function toHeadline(r: Row): HeadlineRef {
  return { id: r.id, storyId: r.story_id, lang: r.lang as Lang, slug: r.slug, headline: r.headline, publishedAt: Number(r.published_at), isBreaking: Boolean(r.is_breaking) };
}

/** Headlines of the given languages visible now and published since `from`, newest first. */
export async function visibleSince(db: Kysely<Database>, langs: Lang[], from: number, now: number): Promise<HeadlineRef[]> {
  const rows = await visible(db, now)
    .where('a.lang', 'in', langs)
    .where('a.published_at', '>=', from)
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(SWEEP_LIMIT)
    .execute();
  return rows.map(toHeadline);
}

/** The newest `limit` headlines of a language after the cursor, oldest first (the order to send them in). */
export async function missedSince(db: Kysely<Database>, lang: Lang, cursor: EventCursor, now: number, limit = REPLAY_LIMIT): Promise<HeadlineRef[]> {
  const rows = await visible(db, now)
    .where('a.lang', '=', lang)
    .where((eb) => eb.or([eb('a.published_at', '>', cursor.publishedAt), eb.and([eb('a.published_at', '=', cursor.publishedAt), eb('a.id', '>', cursor.id)])]))
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toHeadline).reverse();
}

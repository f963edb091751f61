// Revisions: every save keeps one (see save.ts for how autosaves are thinned). They can be listed,
// compared (diff.ts) and restored: restoring writes a new version with the old content (headline,
// lead, body, slug, rubric, tags, bylines, source, cover), so nothing is lost and the restore itself
// can be undone. The publication time and the pinned/breaking flags are the article's state, not its
// content, and stay as they are.
import { audit } from '../../audit/log.js';
import { can } from '../../auth/roles.js';
import type { NewsroomDeps } from '../../deps.js';
import type { RevisionSummary, SaveResult } from '../contract.js';
import { actorRef, conflict, forbidden, invalid, isId, loadRow, notFound, type Actor, type Db } from './common.js';
import { assertEditable, isVersion, writeVersion } from './save.js';
import { parseInput } from './validate.js';
import { parseMeta } from './write.js';

type RevisionRow = { id: number; article_id: number; version: number; headline: string; lead: string; body: string; meta: string; user_id: number | null; user_name: string | null; created_at: number };

export function toSummary(r: RevisionRow): RevisionSummary {
  const meta = parseMeta(r.meta);
  return {
    id: r.id,
    version: r.version,
    userName: r.user_name,
    createdAt: Number(r.created_at),
    headline: r.headline,
    kind: typeof meta.kind === 'string' ? meta.kind : 'save',
    ...((meta as { pending?: boolean }).pending ? { pending: true } : {}),
    ...(meta.restoredFrom ? { restoredFrom: meta.restoredFrom } : {}),
  };
}

export async function loadRevision(db: Db, articleId: number, revId: number): Promise<RevisionRow> {
  if (!isId(revId)) throw notFound('revision');
  const rev = await db.selectFrom('article_revisions').selectAll().where('id', '=', revId).where('article_id', '=', articleId).executeTakeFirst();
  if (!rev) throw notFound('revision of this article');
  return { ...rev, created_at: Number(rev.created_at) };
}

export async function listRevisions(deps: NewsroomDeps, _actor: Actor, id: number): Promise<RevisionSummary[]> {
  await loadRow(deps.store.db, id);
  const rows = await deps.store.db.selectFrom('article_revisions').selectAll().where('article_id', '=', id).orderBy('id', 'desc').limit(500).execute();
  return rows.map((r) => toSummary({ ...r, created_at: Number(r.created_at) }));
}

export async function restoreRevision(deps: NewsroomDeps, actor: Actor, id: number, revId: number, baseVersion: unknown): Promise<SaveResult> {
  const db = deps.store.db;
  const row = await loadRow(db, id);
  // Restoring is an edit: editors restore any article, authors and translators their own editable drafts.
  if (!can(actor.role, 'revision.restore') && row.created_by !== actor.id) throw forbidden('Your role does not allow restoring revisions of other people’s articles.');
  assertEditable(actor, row);
  if (!isVersion(baseVersion)) throw invalid('Send the version of the article you are looking at.', { version: 'Send the current version number.' });
  const rev = await loadRevision(db, id, revId);
  const meta = parseMeta(rev.meta);

  // References that have gone since (a deleted rubric, byline or picture) are dropped.
  const [rubric, authors, cover] = await Promise.all([
    meta.rubricId != null ? db.selectFrom('rubrics').select('id').where('id', '=', meta.rubricId).executeTakeFirst() : undefined,
    meta.authorIds?.length ? db.selectFrom('authors').select('id').where('id', 'in', meta.authorIds).execute() : [],
    meta.coverImageId != null ? db.selectFrom('images').select('id').where('id', '=', meta.coverImageId).executeTakeFirst() : undefined,
  ]);
  const authorIds = (meta.authorIds ?? []).filter((a) => authors.some((x) => x.id === a));
  let input;
  try {
    input = parseInput(
      {
        headline: rev.headline,
        lead: rev.lead,
        body: rev.body,
        slug: meta.slug ?? '',
        rubricId: rubric ? meta.rubricId : null,
        tags: meta.tags ?? [],
        authorIds,
        sourceName: meta.sourceName ?? null,
        sourceUrl: meta.sourceUrl ?? null,
        datelinePlace: meta.datelinePlace ?? null,
        coverImageId: cover ? meta.coverImageId : null,
        coverCaption: meta.coverCaption ?? null,
        coverAlt: meta.coverAlt ?? null,
        isBreaking: Boolean(row.is_breaking),
        isPinned: Boolean(row.is_pinned),
        publishAt: row.published_at,
      },
      deps.config.siteTz,
    );
  } catch (err) {
    throw conflict(`This revision cannot be restored as it is: ${(err as Error).message}`);
  }
  const result = await writeVersion(deps, actor, id, baseVersion, input, {
    kind: 'restore',
    restoredFrom: rev.id,
    authorize: (locked) => assertEditable(actor, locked),
    afterWrite: (trx, version) => audit(trx, { user: actorRef(actor), action: 'revision.restore', articleId: id, target: rev.headline.slice(0, 200), details: { revision: rev.id, revisionVersion: rev.version, newVersion: version }, at: deps.now() }),
  });
  return result;
}

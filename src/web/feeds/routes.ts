// Feed routes: RSS, full-text RSS, Atom and JSON Feed of each language, rubric and tag, with ETag and
// Last-Modified answered by 304.
import { etagOf, notModified } from '../http/conditional.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../domain/lang.js';
import { t } from '../../i18n/strings.js';
import type { SiteServices } from '../site/services.js';
import { FEED_FILES, homePath, rubricPath, tagPath, type FeedFile } from '../urls.js';
import { renderAtom } from './atom.js';
import { httpDate } from './dates.js';
import { renderJsonFeed } from './json.js';
import { buildChannel, FEED_SIZE, MediaSizes, type ChannelSubject, type FeedChannel } from './model.js';
import { renderRss } from './rss.js';
import { publicCacheControl } from '../cache/http.js';
import { markCacheable } from '../cache/install.js';
import { slugRedirect } from '../../store/taxonomy-admin.js';

const CONTENT_TYPES: Record<FeedFile, string> = {
  'feed.rss': 'application/rss+xml; charset=utf-8',
  'feed-full.rss': 'application/rss+xml; charset=utf-8',
  'feed.atom': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
};

function render(file: FeedFile, ch: FeedChannel, tz: string): string {
  switch (file) {
    case 'feed.rss':
      return renderRss(ch, { tz, fullText: false });
    case 'feed-full.rss':
      return renderRss(ch, { tz, fullText: true });
    case 'feed.atom':
      return renderAtom(ch, tz);
    case 'feed.json':
      return renderJsonFeed(ch, tz);
  }
}

export function feedRoutes(app: FastifyInstance, svc: SiteServices): void {
  const sizes = new MediaSizes(svc.config.mediaDir);
  const { config } = svc;

  async function serve(req: FastifyRequest, reply: FastifyReply, file: FeedFile, subject: ChannelSubject, scope: { rubricId?: number; tagId?: number }) {
    const now = svc.now();
    const articles = await svc.articles.forFeed(subject.lang, now, FEED_SIZE, scope);
    const channel = await buildChannel(config, sizes, subject, articles, now);
    const body = render(file, channel, config.siteTz);
    const etag = etagOf(body);
    reply
      .header('etag', etag)
      .header('last-modified', httpDate(channel.updatedAt))
      .header('cache-control', 'public, max-age=60, stale-while-revalidate=60')
    if (notModified(req, etag, channel.updatedAt)) return reply.code(304).send();
    const slot = scope.rubricId != null ? `rubric:${scope.rubricId}` : scope.tagId != null ? `tag:${scope.tagId}` : `home:${subject.lang}`;
    markCacheable(reply, [`feed:${subject.lang}`, slot], publicCacheControl('feed'));
    return reply.code(200).header('content-type', CONTENT_TYPES[file]).send(body);
  }

  type LangReq = { Params: { lang: string } };
  type SlugReq = { Params: { lang: string; slug: string } };

  /** A renamed rubric's or tag's old feed address leads to the new one, so subscribers keep their feed. */
  async function movedOrMissing(reply: FastifyReply, kind: 'rubric' | 'tag', lang: string, slug: string, file: FeedFile) {
    const moved = await slugRedirect(svc.store.db, kind, lang, slug);
    if (!moved) return reply.callNotFound();
    return reply.redirect(`${(kind === 'rubric' ? rubricPath : tagPath)(lang as Lang, moved)}${file}`, 301);
  }

  for (const file of FEED_FILES) {
    app.get<LangReq>(`/:lang/${file}`, async (req, reply) => {
      const { lang } = req.params;
      if (!svc.isEnabled(lang)) return reply.callNotFound();
      const s = t(lang);
      const subject = { lang, title: `${config.siteName} — ${s.latestNews}`, description: s.footerAbout, listPath: homePath(lang) };
      return serve(req, reply, file, subject, {});
    });

    app.get<SlugReq>(`/:lang/rubric/:slug/${file}`, async (req, reply) => {
      const { lang, slug } = req.params;
      if (!svc.isEnabled(lang)) return reply.callNotFound();
      const rubric = await svc.taxonomy.rubricBySlug(lang, slug);
      if (!rubric) return movedOrMissing(reply, 'rubric', lang, slug, file);
      const subject = { lang: lang as Lang, title: `${rubric.name} — ${config.siteName}`, description: `${rubric.name}: ${t(lang).footerAbout}`, listPath: rubricPath(lang, rubric.slug) };
      return serve(req, reply, file, subject, { rubricId: rubric.id });
    });

    app.get<SlugReq>(`/:lang/tag/:slug/${file}`, async (req, reply) => {
      const { lang, slug } = req.params;
      if (!svc.isEnabled(lang)) return reply.callNotFound();
      const tag = await svc.taxonomy.tagBySlug(lang, slug);
      if (!tag) return movedOrMissing(reply, 'tag', lang, slug, file);
      const subject = { lang: lang as Lang, title: `#${tag.name} — ${config.siteName}`, description: `${t(lang).taggedWith(tag.name)}`, listPath: tagPath(lang, tag.slug) };
      return serve(req, reply, file, subject, { tagId: tag.id });
    });
  }
}

// /{lang}/search/?q=…: site search with filters (rubric, dates, language), sort and pages.
import type { FastifyInstance } from 'fastify';
import { KNOWN_LANGS, type Lang } from '../../../domain/lang.js';
import { matcherOf, parseQuery, widenToPrefixes, MAX_QUERY_LENGTH } from '../../../domain/search/index.js';
import { dayRange } from '../../../i18n/format.js';
import { COUNT_LIMIT, SearchReader } from '../../../store/search.js';
import { parsePage, sendHtml } from '../html.js';
import type { SiteServices } from '../services.js';
import { SearchPage, type SearchData } from './page.js';
import { SEARCH_PAGE_SIZE, searchHref, type SearchForm } from './urls.js';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function validDay(day: string): boolean {
  if (!DAY_RE.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** One value of a query parameter (the first when repeated), as a string. */
function one(v: unknown): string {
  if (Array.isArray(v)) v = v[0];
  return typeof v === 'string' ? v : '';
}

export function searchRoutes(app: FastifyInstance, svc: SiteServices): void {
  const reader = new SearchReader(svc.store);

  app.get<{ Params: { lang: string }; Querystring: Record<string, unknown> }>('/:lang/search/', async (req, reply) => {
    const { lang } = req.params;
    if (!svc.isEnabled(lang)) return reply.callNotFound();
    const qs = req.query ?? {};
    const page = parsePage(Array.isArray(qs.page) ? qs.page[0] : qs.page);
    if (page === null) return reply.callNotFound();

    const rawQ = one(qs.q);
    const q = rawQ.length > MAX_QUERY_LENGTH ? rawQ.slice(0, MAX_QUERY_LENGTH) : rawQ;
    const languageRaw = one(qs.language);
    const language = languageRaw === 'all' || svc.isEnabled(languageRaw) ? languageRaw : lang;
    const sortRaw = one(qs.sort);
    const notes: SearchData['notes'] = [];
    let from = one(qs.from).trim();
    let to = one(qs.to).trim();
    if ((from && !validDay(from)) || (to && !validDay(to))) notes.push('badDate');
    if (from && !validDay(from)) from = '';
    if (to && !validDay(to)) to = '';
    const now = svc.now();
    const rubrics = await svc.taxonomy.rubrics(lang);
    const rubricSlug = one(qs.rubric);
    const rubric = rubrics.find((r) => r.slug === rubricSlug) ?? null;
    const form: SearchForm = { q, rubric: rubric?.slug ?? '', from, to, language, sort: sortRaw === 'date' ? 'date' : 'relevance' };
    if (page === 'redirect-to-first') return reply.redirect(searchHref(lang, form), 301);

    const parsed = parseQuery(rawQ);
    if (parsed.truncated) notes.push('truncated');
    const langs = (form.language === 'all' ? svc.config.langs : [form.language as Lang]).filter((l) => (KNOWN_LANGS as readonly string[]).includes(l));
    const params = {
      langs,
      uiLang: lang,
      rubricId: rubric?.id ?? null,
      from: from ? dayRange(svc.config.siteTz, from).start : null,
      to: to ? dayRange(svc.config.siteTz, to).end : null,
      sort: form.sort,
      limit: SEARCH_PAGE_SIZE,
      offset: (page - 1) * SEARCH_PAGE_SIZE,
      now,
    };
    let result = parsed.items.length ? await reader.search({ ...params, query: parsed }) : null;
    if (result && result.total === 0) {
      const wider = widenToPrefixes(parsed);
      if (wider) {
        const second = await reader.search({ ...params, query: wider });
        if (second.total > 0) {
          result = second;
          notes.push('widened');
        }
      }
    }
    if (rawQ.trim() && !parsed.items.length) notes.push('noWords');
    const total = result?.total ?? 0;
    const pages = Math.max(1, Math.ceil(Math.min(total, COUNT_LIMIT) / SEARCH_PAGE_SIZE));
    if (page > pages) return reply.callNotFound();

    const alternates = Object.fromEntries(svc.config.langs.map((l) => [l, searchHref(l, { ...form, rubric: '', language: form.language === lang ? l : form.language })]));
    const ctx = await svc.context(lang, now, alternates);
    const data: SearchData = {
      form,
      searched: result !== null,
      items: result?.items ?? [],
      total: Math.min(total, COUNT_LIMIT),
      more: total > COUNT_LIMIT,
      matcher: matcherOf(result?.alternatives ?? []),
      page,
      pages,
      rubrics,
      notes,
    };
    return sendHtml(reply, SearchPage({ ctx, data }));
  });
}

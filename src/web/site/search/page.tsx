// The search page: the form with its filters, then the results with highlighted snippets and pages.
import type { RubricRef } from '../../../domain/article.js';
import type { Lang } from '../../../domain/lang.js';
import { highlightAll, snippet, type Matcher } from '../../../domain/search/index.js';
import { formatLongDate, formatTime } from '../../../i18n/format.js';
import { t } from '../../../i18n/strings.js';
import type { SearchHit } from '../../../store/search.js';
import { Layout } from '../../components/layout.js';
import { Pagination } from '../../components/lists.js';
import { articlePath, rubricPath } from '../../urls.js';
import { h, raw, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';
import { SEARCH_PAGE_SIZE, searchHref, searchPath, type SearchForm } from './urls.js';

export interface SearchData {
  form: SearchForm;
  /** false when there was nothing to search for (empty query) */
  searched: boolean;
  items: SearchHit[];
  total: number;
  /** more results than counted */
  more: boolean;
  matcher: Matcher;
  page: number;
  pages: number;
  rubrics: RubricRef[];
  notes: Array<'badDate' | 'truncated' | 'widened' | 'noWords'>;
}

export function SearchPage({ ctx, data }: { ctx: SiteContext; data: SearchData }): SafeHtml {
  const { s, lang } = ctx;
  const { form } = data;
  const heading = form.q.trim() ? s.searchTitle(form.q.trim()) : s.searchSite;
  const title = data.page > 1 ? `${heading} — ${s.page(data.page)}` : heading;
  const noteText = { badDate: s.searchBadDate, truncated: s.searchTruncated, widened: s.searchWidened, noWords: s.searchNoWords };
  return (
    <Layout ctx={ctx} pageClass="search" meta={{ title, noindex: true }}>
      <div class="wrap">
        <h1 class="page-title">{heading}</h1>
        <SearchFormView ctx={ctx} data={data} />
        <div class="search-status" role="status">
          {data.notes.map((n) => (
            <p class="search-note">{noteText[n]}</p>
          ))}
          {!data.searched ? (
            data.notes.includes('noWords') ? null : <p class="search-note">{s.searchEnterQuery}</p>
          ) : data.total === 0 ? (
            <p class="search-empty">{s.searchNothing}</p>
          ) : (
            <p class="search-count">
              {s.searchFound(data.total, data.more)}
              {data.page > 1 ? ` · ${s.pageOf(data.page, data.pages)}` : ''}
            </p>
          )}
        </div>
        {data.items.length ? (
          <ol class="search-results" start={(data.page - 1) * SEARCH_PAGE_SIZE + 1}>
            {data.items.map((a) => (
              <SearchResultItem ctx={ctx} a={a} matcher={data.matcher} />
            ))}
          </ol>
        ) : null}
        <Pagination ctx={ctx} basePath={searchPath(lang)} page={data.page} pages={data.pages} hrefOf={(n) => searchHref(lang, form, n)} />
      </div>
    </Layout>
  );
}

function SearchFormView({ ctx, data }: { ctx: SiteContext; data: SearchData }): SafeHtml {
  const { s, lang } = ctx;
  const { form } = data;
  return (
    <form class="search-form" action={searchPath(lang)} method="get">
      <div class="search-main">
        <label for="search-q">{s.searchQuery}</label>
        <div class="search-line">
          <input type="search" id="search-q" name="q" value={form.q} aria-describedby="search-help" autocomplete="off" />
          <button type="submit">{s.search}</button>
        </div>
        <p class="search-help" id="search-help">
          {s.searchHelp}
        </p>
      </div>
      <fieldset class="search-filters">
        <legend>{s.searchFilters}</legend>
        <div class="search-field">
          <label for="search-rubric">{s.rubric}</label>
          <select id="search-rubric" name="rubric">
            <option value="" selected={form.rubric === ''}>
              {s.searchAnyRubric}
            </option>
            {data.rubrics.map((r) => (
              <option value={r.slug} selected={form.rubric === r.slug}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div class="search-field">
          <label for="search-from">{s.searchFrom}</label>
          <input type="date" id="search-from" name="from" value={form.from} />
        </div>
        <div class="search-field">
          <label for="search-to">{s.searchTo}</label>
          <input type="date" id="search-to" name="to" value={form.to} />
        </div>
        <div class="search-field">
          <label for="search-language">{s.searchLanguage}</label>
          <select id="search-language" name="language">
            {ctx.config.langs.map((l) => (
              <option value={l} lang={l} selected={form.language === l}>
                {t(l).languageName}
              </option>
            ))}
            <option value="all" selected={form.language === 'all'}>
              {s.searchAllLanguages}
            </option>
          </select>
        </div>
        <div class="search-field">
          <label for="search-sort">{s.searchSort}</label>
          <select id="search-sort" name="sort">
            <option value="relevance" selected={form.sort === 'relevance'}>
              {s.searchSortRelevance}
            </option>
            <option value="date" selected={form.sort === 'date'}>
              {s.searchSortDate}
            </option>
          </select>
        </div>
      </fieldset>
    </form>
  );
}

function SearchResultItem({ ctx, a, matcher }: { ctx: SiteContext; a: SearchHit; matcher: Matcher }): SafeHtml {
  const tz = ctx.config.siteTz;
  const other = a.lang !== ctx.lang;
  // Highlighting escapes the text first and adds only <mark> tags (src/domain/search/snippet.ts).
  const headline = raw(highlightAll(a.headline, matcher, a.lang));
  const text = raw(snippet(`${a.lead} ${a.bodyText}`, matcher, a.lang));
  return (
    <li>
      <article class="search-result" lang={other ? a.lang : undefined}>
        <h2 class="search-result-title">
          <a href={articlePath(a)}>{headline}</a>
        </h2>
        <p class="card-meta" lang={other ? ctx.lang : undefined}>
          <time datetime={new Date(a.publishedAt).toISOString()}>{`${formatLongDate(ctx.lang, tz, a.publishedAt)}, ${formatTime(ctx.lang, tz, a.publishedAt)}`}</time>
          {a.rubric ? (
            <span>
              {' · '}
              <a href={rubricPath(ctx.lang, a.rubric.slug)}>{a.rubric.name}</a>
            </span>
          ) : null}
          {other ? <span>{` · ${t(a.lang as Lang).languageName}`}</span> : null}
        </p>
        <p class="search-snippet">{text}</p>
      </article>
    </li>
  );
}

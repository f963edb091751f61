// The newsroom's article list: filters, search by headline, the story's languages per row, pages.
import type { Lang } from '../../../domain/lang.js';
import { isKnownLang } from '../../../domain/lang.js';
import type { ArticleStatus } from '../../../store/schema.js';
import { Fragment, h, type SafeHtml } from '../../../web/jsx.js';
import { can } from '../../auth/roles.js';
import type { Staff } from '../../auth/sessions.js';
import type { ArticleListFilter, ArticleListItem, ArticleListPage } from '../contract.js';
import { Csrf, editPath, LANG_NAME, query, Stamp, STATUS_LABEL, StatusBadge } from './components.js';
import type { Choice } from './lookups.js';

export const PAGE_SIZE = 30;
const LIST_STATUSES: ArticleStatus[] = ['draft', 'review', 'scheduled', 'published', 'unpublished'];

/** The list's query string as typed (for the filter form and the pager links). */
export interface ListQuery {
  status: string;
  lang: string;
  rubric: string;
  author: string;
  day: string;
  mine: string;
  q: string;
  page: string;
}

function one(v: unknown): string {
  if (Array.isArray(v)) return one(v[0]);
  return typeof v === 'string' ? v.slice(0, 200) : '';
}

export function readListQuery(q: unknown): ListQuery {
  const o = (q && typeof q === 'object' ? q : {}) as Record<string, unknown>;
  return { status: one(o.status), lang: one(o.lang), rubric: one(o.rubric), author: one(o.author), day: one(o.day), mine: one(o.mine), q: one(o.q).trim(), page: one(o.page) };
}

/** The filter for the service; unreadable values are simply left out (a bad link shows everything, not an error). */
export function toFilter(q: ListQuery, staff: Staff): ArticleListFilter {
  const f: ArticleListFilter = { pageSize: PAGE_SIZE, status: 'all-but-trash' };
  if ((LIST_STATUSES as string[]).includes(q.status)) f.status = q.status as ArticleStatus;
  if (isKnownLang(q.lang)) f.lang = q.lang;
  if (/^\d{1,9}$/.test(q.rubric)) f.rubricId = Number(q.rubric);
  if (/^\d{1,9}$/.test(q.author)) f.authorId = Number(q.author);
  if (/^\d{4}-\d{2}-\d{2}$/.test(q.day)) f.day = q.day;
  if (q.mine === '1') f.createdBy = staff.id;
  if (q.q) f.q = q.q;
  f.page = /^\d{1,6}$/.test(q.page) && Number(q.page) > 0 ? Number(q.page) : 1;
  return f;
}

export interface ListPageProps {
  staff: Staff;
  csrf: string;
  langs: Lang[];
  defaultLang: Lang;
  tz: string;
  now: number;
  query: ListQuery;
  page: ArticleListPage;
  rubrics: Choice[];
  authors: Choice[];
}

function Select(props: { name: string; label: string; value: string; options: Array<{ value: string; label: string }> }): SafeHtml {
  return (
    <div class="nr-field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <select id={`f-${props.name}`} name={props.name}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Languages(props: { item: ArticleListItem; langs: Lang[]; staff: Staff; csrf: string }): SafeHtml {
  const { item } = props;
  const mayTranslate = can(props.staff.role, 'article.translate');
  return (
    <span class="nr-langs">
      {props.langs.map((lang) => {
        const there = item.languages.find((l) => l.lang === lang);
        if (there) {
          const label = `${LANG_NAME[lang]}: ${STATUS_LABEL[there.status] ?? there.status}`;
          return (
            <a
              class={`nr-lang nr-lang--has nr-lang--${there.status}${there.id === item.id ? ' nr-lang--self' : ''}`}
              href={editPath(there.id)}
              title={label}
              aria-label={`${lang} – ${label}`}
            >
              {lang}
            </a>
          );
        }
        if (mayTranslate) {
          return (
            <form method="post" action={`/newsroom/articles/${item.id}/translate/`} class="nr-inline-form">
              <Csrf token={props.csrf} />
              <input type="hidden" name="lang" value={lang} />
              <button type="submit" class="nr-lang nr-lang--add" title={`Translate into ${LANG_NAME[lang]}`} aria-label={`+${lang} – translate into ${LANG_NAME[lang]}`}>
                +{lang}
              </button>
            </form>
          );
        }
        return (
          <span class="nr-lang nr-lang--missing" title={`No ${LANG_NAME[lang]} version`}>
            <span aria-hidden="true">{lang}</span>
            <span class="nr-sr">{`${lang} – no ${LANG_NAME[lang]} version`}</span>
          </span>
        );
      })}
    </span>
  );
}

function Row(props: { item: ArticleListItem } & Pick<ListPageProps, 'langs' | 'staff' | 'csrf' | 'tz' | 'now'>): SafeHtml {
  const { item } = props;
  const live = item.publishedAt !== null && (item.status === 'published' || item.status === 'scheduled');
  return (
    <tr>
      <td class="nr-alist-headline">
        <a href={editPath(item.id)}>{item.headline.trim() || '(no headline yet)'}</a>
        {item.isBreaking ? <span class="nr-flag nr-flag--breaking">Breaking</span> : null}
        {item.isPinned ? <span class="nr-flag nr-flag--pinned">Pinned</span> : null}
      </td>
      <td class="nr-alist-status">
        <StatusBadge status={item.status} />
      </td>
      <td class="nr-alist-langs">
        <Languages item={item} langs={props.langs} staff={props.staff} csrf={props.csrf} />
      </td>
      <td class="nr-alist-rubric">{item.rubricName ?? <span class="nr-muted">—</span>}</td>
      <td class="nr-alist-authors">{item.authorNames.length ? item.authorNames.join(', ') : <span class="nr-muted">{item.createdByName ?? '—'}</span>}</td>
      <td class="nr-alist-time">
        {live ? (
          <Fragment>
            <span class="nr-time-label">{item.status === 'scheduled' ? 'Goes live ' : 'Published '}</span>
            <Stamp ms={item.publishedAt!} tz={props.tz} now={props.now} />
          </Fragment>
        ) : (
          <Fragment>
            <span class="nr-time-label">Updated </span>
            <Stamp ms={item.updatedAt} tz={props.tz} now={props.now} />
          </Fragment>
        )}
      </td>
    </tr>
  );
}

export function ListPage(props: ListPageProps): SafeHtml {
  const { query: q, page } = props;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const filtered = Boolean(q.status || q.lang || q.rubric || q.author || q.day || q.mine || q.q);
  const link = (n: number) => `/newsroom/articles/${query({ ...q, page: n > 1 ? n : '' })}`;
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Articles</h1>
        {can(props.staff.role, 'article.create') ? (
          <form method="get" action="/newsroom/articles/new/" class="nr-new-article">
            <label for="new-lang" class="nr-sr">
              Language of the new article
            </label>
            <select id="new-lang" name="lang">
              {props.langs.map((l) => (
                <option value={l} selected={l === props.defaultLang}>
                  {LANG_NAME[l]}
                </option>
              ))}
            </select>
            <button type="submit" class="nr-button nr-button--primary">
              New article
            </button>
          </form>
        ) : null}
      </div>

      <form method="get" action="/newsroom/articles/" class="nr-filters nr-card" role="search" aria-label="Filter articles">
        <div class="nr-field nr-field--grow">
          <label for="f-q">Headline</label>
          <input type="search" id="f-q" name="q" value={q.q} placeholder="Words of the headline" />
        </div>
        <Select name="status" label="Status" value={q.status} options={[{ value: '', label: 'Any' }, ...LIST_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))]} />
        <Select name="lang" label="Language" value={q.lang} options={[{ value: '', label: 'Any' }, ...props.langs.map((l) => ({ value: l, label: LANG_NAME[l] }))]} />
        <Select name="rubric" label="Rubric" value={q.rubric} options={[{ value: '', label: 'Any' }, ...props.rubrics.map((r) => ({ value: String(r.id), label: r.name }))]} />
        <Select name="author" label="Author" value={q.author} options={[{ value: '', label: 'Anyone' }, ...props.authors.map((a) => ({ value: String(a.id), label: a.name }))]} />
        <div class="nr-field">
          <label for="f-day">Day</label>
          <input type="date" id="f-day" name="day" value={q.day} />
        </div>
        <div class="nr-field nr-field--check">
          <label class="nr-check" for="f-mine">
            <input type="checkbox" id="f-mine" name="mine" value="1" checked={q.mine === '1'} />
            Only mine
          </label>
        </div>
        <div class="nr-filters-buttons">
          <button type="submit" class="nr-button">
            Apply
          </button>
          {filtered ? <a href="/newsroom/articles/">Reset</a> : null}
        </div>
      </form>

      <p class="nr-muted nr-count" role="status">
        {page.total === 0 ? 'No articles match.' : page.total === 1 ? '1 article' : `${page.total} articles`}
        {pages > 1 ? ` · page ${page.page} of ${pages}` : ''}
      </p>

      {page.items.length ? (
        <div class="nr-table-wrap">
          <table class="nr-table nr-alist">
            <caption class="nr-sr">Articles, newest change first</caption>
            <thead>
              <tr>
                <th scope="col">Headline</th>
                <th scope="col">Status</th>
                <th scope="col">Languages</th>
                <th scope="col">Rubric</th>
                <th scope="col">Authors</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <Row item={item} langs={props.langs} staff={props.staff} csrf={props.csrf} tz={props.tz} now={props.now} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {pages > 1 ? (
        <nav class="nr-pager" aria-label="Pages">
          {page.page > 1 ? <a href={link(page.page - 1)} rel="prev">← Newer</a> : <span class="nr-muted">← Newer</span>}
          <span>
            Page {page.page} of {pages}
          </span>
          {page.page < pages ? <a href={link(page.page + 1)} rel="next">Older →</a> : <span class="nr-muted">Older →</span>}
        </nav>
      ) : null}
    </Fragment>
  );
}

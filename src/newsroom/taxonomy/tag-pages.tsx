// Tag screens: the list per language with search and counts, one tag's names and slugs, and the merge confirmation.
import type { Lang } from '../../domain/lang.js';
import type { TagAdmin, TagListRow } from '../../store/taxonomy-admin.js';
import { Fragment, h, type SafeHtml } from '../../web/jsx.js';
import { tagPath } from '../../web/urls.js';
import { BASE, Csrf, displayName, mergeUrl, NamesFieldset, plural, TaxonomyTabs, tagsUrl, tagUrl } from './pages.js';
import { languageName, type FieldErrors, type Typed } from './validate.js';

export interface TagsPageProps {
  langs: readonly Lang[];
  lang: Lang;
  q: string;
  sort: 'name' | 'count';
  page: number;
  pages: number;
  total: number;
  items: TagListRow[];
  csrf: string;
}

export function TagsPage(props: TagsPageProps): SafeHtml {
  const { langs, lang, q, sort, page, pages, total, items, csrf } = props;
  return (
    <Fragment>
      <TaxonomyTabs current="tags" />
      <h1>Tags</h1>
      <form method="get" action={`${BASE}tags/`} class="nr-filters tx-filters" role="search" aria-label="Tags">
        <div class="nr-field">
          <label for="tags-lang">Language</label>
          <select id="tags-lang" name="lang">
            {langs.map((l) => (
              <option value={l} selected={l === lang}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </div>
        <div class="nr-field tx-search">
          <label for="tags-q">Name or slug contains</label>
          <input type="search" id="tags-q" name="q" value={q} maxlength={100} />
        </div>
        <div class="nr-field">
          <label for="tags-sort">Order</label>
          <select id="tags-sort" name="sort">
            <option value="name" selected={sort === 'name'}>
              By name
            </option>
            <option value="count" selected={sort === 'count'}>
              Most used first
            </option>
          </select>
        </div>
        <button type="submit" class="nr-button">
          Show
        </button>
      </form>
      <p class="tx-summary" role="status">
        {q ? `${plural(total, 'tag matches', 'tags match')} “${q}” in ${languageName(lang)}.` : `${plural(total, 'tag', 'tags')} in ${languageName(lang)}.`}
        {pages > 1 ? ` Page ${page} of ${pages}.` : ''}
      </p>
      {items.length ? (
        <div class="nr-table-wrap tx-table-wrap">
          <table class="nr-table tx-tags">
            <caption class="nr-sr">Tags in {languageName(lang)}</caption>
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Slug</th>
                <th scope="col" class="nr-num">
                  Articles in {lang}
                </th>
                <th scope="col" class="nr-num">
                  All languages
                </th>
                <th scope="col">Named in</th>
                <th scope="col">
                  <span class="nr-sr">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((t) => (
                <tr>
                  <th scope="row" class="tx-tag-name">
                    <a href={tagUrl(t.id, lang)} lang={lang}>
                      {t.name}
                    </a>
                  </th>
                  <td>
                    <code class="tx-slug">{t.slug}</code>
                  </td>
                  <td class="nr-num">{t.count}</td>
                  <td class="nr-num">{t.total}</td>
                  <td>
                    <span class="nr-langs">
                      {langs.map((l) => (
                        <span class={t.langs.includes(l) ? 'nr-lang nr-lang--has' : 'nr-lang'} title={`${languageName(l)}: ${t.langs.includes(l) ? 'named' : 'no name'}`}>
                          {l}
                        </span>
                      ))}
                    </span>
                  </td>
                  <td class="tx-row-actions">
                    <a class="nr-button nr-button--small" href={tagUrl(t.id, lang)}>
                      Edit<span class="nr-sr"> {t.name}</span>
                    </a>
                    {t.total === 0 ? (
                      <form method="post" action={`${tagUrl(t.id)}delete/`}>
                        <Csrf token={csrf} />
                        <input type="hidden" name="back" value={tagsUrl({ lang, q, sort, page })} />
                        <button type="submit" class="nr-button nr-button--small nr-button--danger">
                          Delete<span class="nr-sr"> {t.name}</span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="nr-card">{q ? 'No tag matches. Try part of the name, or the Latin slug.' : 'No tags in this language yet: they are created from the article editor.'}</p>
      )}
      {pages > 1 ? (
        <nav class="nr-pager" aria-label="Pages">
          {page > 1 ? <a href={tagsUrl({ lang, q, sort, page: page - 1 })} rel="prev">← Previous</a> : <span class="nr-muted">← Previous</span>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <a href={tagsUrl({ lang, q, sort, page: page + 1 })} rel="next">Next →</a> : <span class="nr-muted">Next →</span>}
        </nav>
      ) : null}
    </Fragment>
  );
}

export function TagEditPage(props: {
  tag: TagAdmin;
  langs: readonly Lang[];
  lang: Lang;
  typed: Typed;
  errors: FieldErrors;
  csrf: string;
  find: string;
  candidates: TagListRow[] | null;
  redirects: Array<{ lang: string; slug: string }>;
}): SafeHtml {
  const { tag, langs, lang, typed, errors, csrf, find, candidates } = props;
  const name = displayName(tag.names, langs, lang);
  const usage = langs.filter((l) => tag.counts[l]).map((l) => `${l} ${tag.counts[l]}`);
  return (
    <Fragment>
      <TaxonomyTabs current="tags" />
      <p class="tx-back">
        <a href={tagsUrl({ lang })}>← All tags</a>
      </p>
      <h1>
        Tag “<span lang={tag.names[lang] ? lang : undefined}>{name}</span>”
      </h1>
      <p class="tx-usage">
        {tag.total === 0 ? 'No article uses this tag.' : `${plural(tag.total, 'article uses', 'articles use')} this tag${usage.length ? ` (${usage.join(', ')})` : ''}.`}{' '}
        {langs
          .filter((l) => tag.names[l])
          .map((l) => (
            <Fragment>
              {' '}
              <a href={tagPath(l, tag.names[l].slug)} class="tx-public">
                View the {languageName(l)} tag page
              </a>
            </Fragment>
          ))}
      </p>

      <section class="nr-card tx-section" aria-labelledby="tag-rename">
        <h2 id="tag-rename">Names and slugs</h2>
        <form method="post" action={tagUrl(tag.id)} class="nr-form tx-form" novalidate>
          <Csrf token={csrf} />
          <input type="hidden" name="lang" value={lang} />
          {langs.map((l) => (
            <NamesFieldset
              lang={l}
              typed={typed}
              errors={errors}
              required={Boolean(tag.names[l])}
              kind="tag"
              note={tag.names[l] ? undefined : `The tag has no ${languageName(l)} name yet, so ${languageName(l)} articles do not show it. Add one, or leave both fields empty.`}
            />
          ))}
          <p class="nr-hint">A changed slug changes the tag page's address; the old address keeps leading here.</p>
          <div class="nr-actions">
            <button type="submit" class="nr-button nr-button--primary">
              Save tag
            </button>
          </div>
        </form>
        {props.redirects.length ? (
          <Fragment>
            <p class="nr-hint">Old addresses that lead here:</p>
            <ul class="tx-links tx-links--old">
              {props.redirects.map((r) => (
                <li>
                  <code>{`/${r.lang}/tag/${r.slug}/`}</code>
                </li>
              ))}
            </ul>
          </Fragment>
        ) : null}
      </section>

      <section class="nr-card tx-section" aria-labelledby="tag-merge">
        <h2 id="tag-merge">Merge into another tag</h2>
        <p>Its articles get the other tag instead, this tag is deleted, and its addresses lead to the other tag. You confirm on the next page.</p>
        <form method="get" action={`${tagUrl(tag.id)}#tag-merge`} class="tx-find" role="search" aria-label="Find the tag to merge into">
          <input type="hidden" name="lang" value={lang} />
          <div class="nr-field">
            <label for="merge-find">Find the tag to keep ({languageName(lang)} name or slug)</label>
            <input type="search" id="merge-find" name="find" value={find} maxlength={100} />
          </div>
          <button type="submit" class="nr-button">
            Find
          </button>
        </form>
        {candidates ? (
          candidates.length ? (
            <ul class="tx-candidates">
              {candidates.map((c) => (
                <li>
                  <a href={mergeUrl(tag.id, c.id, lang)}>
                    Merge into “<span lang={lang}>{c.name}</span>”
                  </a>{' '}
                  <span class="nr-muted">
                    {c.slug} · {plural(c.total, 'article', 'articles')}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="nr-muted" role="status">
              No other tag matches “{find}” in {languageName(lang)}.
            </p>
          )
        ) : null}
      </section>

      <section class="nr-card tx-section tx-danger" aria-labelledby="tag-delete">
        <h2 id="tag-delete">Delete tag</h2>
        {tag.total > 0 ? (
          <p>
            {plural(tag.total, 'article uses', 'articles use')} this tag (counting every language, drafts and the trash). Remove it from {tag.total === 1 ? 'that article' : 'those articles'}, or merge it into another tag.
          </p>
        ) : (
          <form method="post" action={`${tagUrl(tag.id)}delete/`}>
            <Csrf token={csrf} />
            <input type="hidden" name="back" value={tagsUrl({ lang })} />
            <p>No article uses this tag.</p>
            <button type="submit" class="nr-button nr-button--danger">
              Delete tag
            </button>
          </form>
        )}
      </section>
    </Fragment>
  );
}

export function MergeConfirmPage(props: { from: TagAdmin; into: TagAdmin; shared: number; langs: readonly Lang[]; lang: Lang; csrf: string }): SafeHtml {
  const { from, into, shared, langs, lang, csrf } = props;
  const fromName = displayName(from.names, langs, lang);
  const intoName = displayName(into.names, langs, lang);
  const adopted = langs.filter((l) => from.names[l] && !into.names[l]);
  const after = from.total + into.total - shared;
  return (
    <Fragment>
      <TaxonomyTabs current="tags" />
      <p class="tx-back">
        <a href={tagUrl(from.id, lang)}>← Back to “{fromName}”</a>
      </p>
      <h1>
        Merge “{fromName}” into “{intoName}”?
      </h1>
      <div class="nr-table-wrap tx-merge-table">
        <table class="nr-table">
          <caption class="nr-sr">The two tags</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="nr-sr">Language</span>
              </th>
              <th scope="col">Merged and deleted</th>
              <th scope="col">Kept</th>
            </tr>
          </thead>
          <tbody>
            {langs.map((l) => (
              <tr>
                <th scope="row">{languageName(l)}</th>
                <td lang={from.names[l] ? l : undefined}>{from.names[l] ? from.names[l].name : <span class="nr-muted">—</span>}</td>
                <td lang={into.names[l] ? l : undefined}>{into.names[l] ? into.names[l].name : <span class="nr-muted">—</span>}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Articles</th>
              <td>{from.total}</td>
              <td>{into.total}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <ul class="tx-merge-facts">
        <li>
          {plural(from.total - shared, 'article gets', 'articles get')} “{intoName}”; {plural(shared, 'article already has', 'articles already have')} both tags.
        </li>
        <li>“{intoName}” will have {plural(after, 'article', 'articles')}.</li>
        {adopted.length ? <li>“{intoName}” takes over the {adopted.map(languageName).join(' and ')} name of “{fromName}”.</li> : null}
        <li>The addresses of “{fromName}” will lead to “{intoName}”. This cannot be undone.</li>
      </ul>
      <form method="post" action={`${tagUrl(from.id)}merge/`} class="nr-actions">
        <Csrf token={csrf} />
        <input type="hidden" name="into" value={String(into.id)} />
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" class="nr-button nr-button--primary">
          Merge tags
        </button>
        <a class="nr-button" href={tagUrl(from.id, lang)}>
          Cancel
        </a>
      </form>
    </Fragment>
  );
}


// Rubrics and tags pages: the rubric list in menu order, the rubric form, the tag list with search
// and pages, the tag form (rename, merge, delete) and the merge confirmation.
import type { Lang } from '../../domain/lang.js';
import type { Names, RubricAdminRow } from '../../store/taxonomy-admin.js';
import { Fragment, h, type SafeHtml } from '../../web/jsx.js';
import { rubricPath } from '../../web/urls.js';
import { languageName, NAME_MAX, SLUG_MAX, type FieldErrors, type Typed } from './validate.js';

export const BASE = '/newsroom/taxonomy/';
export const rubricsUrl = BASE;
export const newRubricUrl = `${BASE}rubrics/new/`;
export const rubricUrl = (id: number) => `${BASE}rubrics/${id}/`;
export const tagsUrl = (q: { lang?: string; q?: string; sort?: string; page?: number } = {}) => {
  const p = new URLSearchParams();
  if (q.lang) p.set('lang', q.lang);
  if (q.q) p.set('q', q.q);
  if (q.sort && q.sort !== 'name') p.set('sort', q.sort);
  if (q.page && q.page > 1) p.set('page', String(q.page));
  const s = p.toString();
  return `${BASE}tags/${s ? `?${s}` : ''}`;
};
export const tagUrl = (id: number, lang?: string) => `${BASE}tags/${id}/${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;
export const mergeUrl = (id: number, into: number, lang?: string) => `${BASE}tags/${id}/merge/?into=${into}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;

export function Csrf({ token }: { token: string }): SafeHtml {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** Sub-navigation between the two halves of the section. */
export function TaxonomyTabs({ current }: { current: 'rubrics' | 'tags' }): SafeHtml {
  return (
    <nav class="tx-tabs" aria-label="Rubrics and tags">
      <ul>
        <li>
          <a href={rubricsUrl} aria-current={current === 'rubrics' ? 'page' : undefined}>
            Rubrics
          </a>
        </li>
        <li>
          <a href={tagsUrl()} aria-current={current === 'tags' ? 'page' : undefined}>
            Tags
          </a>
        </li>
      </ul>
    </nav>
  );
}

/** The first name of a rubric or tag in the preferred language, else any. */
export function displayName(names: Names, langs: readonly string[], prefer?: string): string {
  if (prefer && names[prefer]) return names[prefer].name;
  for (const l of langs) if (names[l]) return names[l].name;
  const any = Object.values(names)[0];
  return any ? any.name : '(no name)';
}

// ----- rubrics -----

export function RubricsPage(props: { rubrics: RubricAdminRow[]; langs: readonly Lang[]; csrf: string }): SafeHtml {
  const { rubrics, langs, csrf } = props;
  return (
    <Fragment>
      <TaxonomyTabs current="rubrics" />
      <div class="nr-pagehead">
        <h1>Rubrics</h1>
        <div class="nr-actions">
          <a class="nr-button nr-button--primary" href={newRubricUrl}>
            New rubric
          </a>
        </div>
      </div>
      <p class="nr-hint tx-lede">This is the order of the site's menu. Changes show on the site at once.</p>
      {rubrics.length === 0 ? (
        <p class="nr-card">No rubrics yet. Create the first one.</p>
      ) : (
        <ol class="tx-rubrics">
          {rubrics.map((r, i) => {
            const label = displayName(r.names, langs);
            return (
              <li class="tx-rubric nr-card">
                <div class="tx-rubric-main">
                  <h2 class="tx-rubric-title">
                    <span class="tx-pos" aria-hidden="true">
                      {i + 1}
                    </span>
                    <a href={rubricUrl(r.id)}>{label}</a>
                  </h2>
                  <dl class="tx-names">
                    {langs.map((l) => (
                      <div class="tx-name">
                        <dt>
                          <abbr title={languageName(l)} class="nr-lang nr-lang--has">
                            {l}
                          </abbr>
                        </dt>
                        <dd>
                          {r.names[l] ? (
                            <Fragment>
                              <span lang={l}>{r.names[l].name}</span> <code class="tx-slug">{r.names[l].slug}</code>
                            </Fragment>
                          ) : (
                            <span class="nr-error">missing: the rubric is not in this language's menu</span>
                          )}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </div>
                <div class="tx-rubric-side">
                  <p class="tx-count">
                    {plural(r.articles, 'article', 'articles')}
                    {r.trashed ? <span class="nr-muted"> ({r.trashed} in the trash)</span> : null}
                  </p>
                  <div class="nr-actions">
                    <form method="post" action={`${rubricUrl(r.id)}move/`}>
                      <Csrf token={csrf} />
                      <input type="hidden" name="direction" value="up" />
                      <button type="submit" class="nr-button nr-button--small" disabled={i === 0}>
                        <span aria-hidden="true">↑</span> Up<span class="nr-sr"> ({label})</span>
                      </button>
                    </form>
                    <form method="post" action={`${rubricUrl(r.id)}move/`}>
                      <Csrf token={csrf} />
                      <input type="hidden" name="direction" value="down" />
                      <button type="submit" class="nr-button nr-button--small" disabled={i === rubrics.length - 1}>
                        <span aria-hidden="true">↓</span> Down<span class="nr-sr"> ({label})</span>
                      </button>
                    </form>
                    <a class="nr-button nr-button--small" href={rubricUrl(r.id)}>
                      Edit<span class="nr-sr"> {label}</span>
                    </a>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Fragment>
  );
}

export function fieldProps(errors: FieldErrors, id: string, hintId?: string) {
  const err = errors[id];
  const describedBy = [err ? `${id}-error` : null, hintId ?? null].filter(Boolean).join(' ');
  return { id, name: id, 'aria-invalid': err ? 'true' : undefined, 'aria-describedby': describedBy || undefined };
}

export function FieldError({ errors, id }: { errors: FieldErrors; id: string }): SafeHtml | null {
  return errors[id] ? (
    <p class="nr-error tx-field-error" id={`${id}-error`}>
      {errors[id]}
    </p>
  ) : null;
}

/** Name and slug of one language. */
export function NamesFieldset(props: { lang: string; typed: Typed; errors: FieldErrors; required: boolean; kind: 'rubric' | 'tag'; note?: string }): SafeHtml {
  const { lang, typed, errors, required, kind } = props;
  const nameId = `name_${lang}`;
  const slugId = `slug_${lang}`;
  const v = typed[lang] ?? { name: '', slug: '' };
  const prefix = `/${lang}/${kind}/`;
  return (
    <fieldset class="tx-lang">
      <legend>
        {languageName(lang)} <span class="nr-lang">{lang}</span>
        {required ? null : <span class="nr-muted tx-optional"> (optional)</span>}
      </legend>
      {props.note ? <p class="nr-hint">{props.note}</p> : null}
      <div class="tx-lang-fields">
        <div class="nr-field">
          <label for={nameId}>Name</label>
          <input type="text" {...fieldProps(errors, nameId)} value={v.name} lang={lang} maxlength={NAME_MAX * 2} required={required} autocomplete="off" />
          <FieldError errors={errors} id={nameId} />
        </div>
        <div class="nr-field">
          <label for={slugId}>Slug</label>
          <div class="tx-slug-input">
            <span class="tx-slug-prefix" aria-hidden="true">
              {prefix}
            </span>
            <input type="text" {...fieldProps(errors, slugId, `${slugId}-hint`)} value={v.slug} maxlength={SLUG_MAX * 2} autocomplete="off" spellcheck="false" />
          </div>
          <p class="nr-hint" id={`${slugId}-hint`}>
            Lower-case Latin letters, digits and hyphens. Left empty, it is made from the name.
          </p>
          <FieldError errors={errors} id={slugId} />
        </div>
      </div>
    </fieldset>
  );
}

export function RubricFormPage(props: {
  rubric: RubricAdminRow | null;
  typed: Typed;
  errors: FieldErrors;
  langs: readonly Lang[];
  csrf: string;
  redirects: Array<{ lang: string; slug: string }>;
}): SafeHtml {
  const { rubric, typed, errors, langs, csrf } = props;
  const title = rubric ? `Edit rubric “${displayName(rubric.names, langs)}”` : 'New rubric';
  return (
    <Fragment>
      <TaxonomyTabs current="rubrics" />
      <p class="tx-back">
        <a href={rubricsUrl}>← All rubrics</a>
      </p>
      <h1>{title}</h1>
      <form method="post" action={rubric ? rubricUrl(rubric.id) : `${BASE}rubrics/`} class="nr-form tx-form" novalidate>
        <Csrf token={csrf} />
        <p class="nr-hint">A rubric needs a name in every site language: the menu of each language lists it under that name.</p>
        {langs.map((l) => (
          <NamesFieldset lang={l} typed={typed} errors={errors} required kind="rubric" />
        ))}
        {rubric ? <p class="nr-hint">Changing a slug changes the rubric's address; the old address keeps leading to the rubric.</p> : null}
        <div class="nr-actions">
          <button type="submit" class="nr-button nr-button--primary">
            {rubric ? 'Save rubric' : 'Create rubric'}
          </button>
          <a href={rubricsUrl} class="nr-button">
            Cancel
          </a>
        </div>
      </form>
      {rubric ? (
        <Fragment>
          <section class="nr-card tx-section" aria-labelledby="rubric-links">
            <h2 id="rubric-links">On the site</h2>
            <ul class="tx-links">
              {langs
                .filter((l) => rubric.names[l])
                .map((l) => (
                  <li>
                    <a href={rubricPath(l, rubric.names[l].slug)} lang={l}>
                      {rubricPath(l, rubric.names[l].slug)}
                    </a>
                  </li>
                ))}
            </ul>
            {props.redirects.length ? (
              <Fragment>
                <p class="nr-hint">Old addresses that lead here:</p>
                <ul class="tx-links tx-links--old">
                  {props.redirects.map((r) => (
                    <li>
                      <code>{`/${r.lang}/rubric/${r.slug}/`}</code>
                    </li>
                  ))}
                </ul>
              </Fragment>
            ) : null}
          </section>
          <section class="nr-card tx-section tx-danger" aria-labelledby="rubric-delete">
            <h2 id="rubric-delete">Delete rubric</h2>
            {rubric.articles > 0 ? (
              <p>
                {plural(rubric.articles, 'article uses', 'articles use')} this rubric
                {rubric.trashed ? ` (${rubric.trashed} of them in the trash)` : ''}. Move {rubric.articles === 1 ? 'it' : 'them'} to another rubric first; a rubric can be deleted only when no article uses it.
              </p>
            ) : (
              <form method="post" action={`${rubricUrl(rubric.id)}delete/`}>
                <Csrf token={csrf} />
                <p>No article uses this rubric. Deleting it removes it from every language's menu.</p>
                <button type="submit" class="nr-button nr-button--danger">
                  Delete rubric
                </button>
              </form>
            )}
          </section>
        </Fragment>
      ) : null}
    </Fragment>
  );
}

// ----- tags -----

export function NotFoundBody({ what, back }: { what: string; back: string }): SafeHtml {
  return (
    <Fragment>
      <h1>Not found</h1>
      <p>
        This {what} does not exist (any more). <a href={back}>Back to the list</a>
      </p>
    </Fragment>
  );
}

// The "Related stories" page of an article in the newsroom: what readers see under it and why, pin
// (by address or from the candidates), unpin, reorder, remove and restore. Plain forms with CSRF.
import { Fragment, h, type SafeHtml } from '../../web/jsx.js';
import { Csrf, editPath, LANG_NAME, PostButton, StatusBadge } from '../articles/pages/components.js';
import { formatFull } from '../articles/pages/time.js';
import { headlineOf, MAX_PINS, type RelatedItem, type RelatedView } from './service.js';

export const relatedPath = (id: number) => `/newsroom/articles/${id}/related/`;

interface Props {
  view: RelatedView;
  csrf: string;
  baseUrl: string;
  tz: string;
  /** what was typed into the pin field when it was refused */
  typed?: string;
  error?: string;
}

function Story(props: { item: RelatedItem; baseUrl: string; tz: string }): SafeHtml {
  const it = props.item;
  return (
    <Fragment>
      <a href={props.baseUrl + it.path} lang={it.lang}>
        {headlineOf(it)}
      </a>{' '}
      <span class="nr-muted">
        #{it.id}
        {it.publishedAt ? ` · ${formatFull(props.tz, it.publishedAt)}` : ''}
      </span>
    </Fragment>
  );
}

function Why(props: { item: RelatedItem }): SafeHtml {
  const parts = [...(props.item.pinned ? ['pinned by an editor'] : []), ...props.item.reasons];
  return <Fragment>{parts.length ? parts.join('; ') : 'no common signal any more'}</Fragment>;
}

function action(id: number, what: string) {
  return `${relatedPath(id)}${what}/`;
}

function ItemTable(props: { caption: string; items: RelatedItem[]; articleId: number; csrf: string; baseUrl: string; tz: string; buttons: (it: RelatedItem, i: number) => SafeHtml }): SafeHtml {
  return (
    <div class="nr-table-wrap">
      <table class="nr-table nr-related">
        <caption class="nr-sr">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Story</th>
            <th scope="col">Why</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((it, i) => (
            <tr data-related-id={String(it.id)}>
              <td>{String(i + 1)}</td>
              <td>
                <Story item={it} baseUrl={props.baseUrl} tz={props.tz} />
              </td>
              <td>
                <Why item={it} />
              </td>
              <td class="nr-actions">{props.buttons(it, i)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RelatedPage(props: Props): SafeHtml {
  const { view, csrf } = props;
  const a = view.article;
  const id = a.id;
  const pins = view.shown.filter((it) => it.pinned).length + view.hiddenPins.length;
  const btn = (what: string, label: string, relatedId: number, extra: Record<string, string> = {}, kind?: 'danger') => (
    <PostButton action={action(id, what)} csrf={csrf} label={label} small kind={kind} fields={{ related_id: String(relatedId), ...extra }} title={`${label} #${relatedId}`} />
  );
  const shownPins = view.shown.filter((it) => it.pinned);
  return (
    <Fragment>
      <nav class="nr-crumbs" aria-label="Breadcrumb">
        <a href="/newsroom/articles/">Articles</a> <span aria-hidden="true">›</span> <a href={editPath(id)}>{headlineOf(a)}</a> <span aria-hidden="true">›</span> <span>Related stories</span>
      </nav>
      <div class="nr-pagehead">
        <h1>
          Related stories: <span lang={a.lang}>{headlineOf(a)}</span>
        </h1>
        <p class="nr-muted">
          {LANG_NAME[a.lang]} · <StatusBadge status={a.status} />
          {view.computedAt ? ` · computed ${formatFull(props.tz, view.computedAt)}` : ''}
        </p>
      </div>
      {a.status !== 'published' ? <p class="nr-hint">The list is computed when the article is published; pins and removals made now apply then.</p> : null}

      <section class="nr-card" aria-labelledby="related-shown">
        <h2 id="related-shown">Shown to readers</h2>
        <p class="nr-hint">Pinned stories come first in their order, then the best-scoring ones: a link between the two stories, shared tags (rare ones count more), a similar headline and lead, the same rubric; closer in time counts more.</p>
        {view.shown.length ? (
          <ItemTable
            caption="Related stories in the order readers see them"
            items={view.shown}
            articleId={id}
            csrf={csrf}
            baseUrl={props.baseUrl}
            tz={props.tz}
            buttons={(it) =>
              it.pinned ? (
                <Fragment>
                  {shownPins[0]?.id !== it.id ? btn('move', 'Up', it.id, { direction: 'up' }) : null}
                  {shownPins[shownPins.length - 1]?.id !== it.id ? btn('move', 'Down', it.id, { direction: 'down' }) : null}
                  {btn('unpin', 'Unpin', it.id)}
                </Fragment>
              ) : (
                <Fragment>
                  {pins < MAX_PINS ? btn('pin', 'Pin', it.id) : null}
                  {btn('remove', 'Remove', it.id, {}, 'danger')}
                </Fragment>
              )
            }
          />
        ) : (
          <p>No related stories yet.</p>
        )}
        {view.hiddenPins.length ? (
          <Fragment>
            <h3>Pinned but not shown</h3>
            <p class="nr-hint">These are no longer published; they come back if they are published again.</p>
            <ItemTable caption="Pinned stories readers cannot see" items={view.hiddenPins} articleId={id} csrf={csrf} baseUrl={props.baseUrl} tz={props.tz} buttons={(it) => btn('unpin', 'Unpin', it.id)} />
          </Fragment>
        ) : null}
      </section>

      <section class="nr-card" aria-labelledby="related-pin">
        <h2 id="related-pin">Pin a story</h2>
        {pins >= MAX_PINS ? (
          <p>{`${MAX_PINS} stories are pinned, as many as readers see; unpin one to pin another.`}</p>
        ) : (
          <form method="post" action={action(id, 'pin')} class="nr-form">
            <Csrf token={csrf} />
            <div class="nr-field">
              <label for="related-target">Article address or number</label>
              <input
                type="text"
                id="related-target"
                name="target"
                value={props.typed ?? ''}
                required
                aria-describedby={props.error ? 'related-target-hint related-target-error' : 'related-target-hint'}
                aria-invalid={props.error ? 'true' : undefined}
              />
              <p class="nr-hint" id="related-target-hint">
                {`Paste its address on the site (${props.baseUrl}/${a.lang}/123-…/) or type its number; it must be a published ${LANG_NAME[a.lang]} article.`}
              </p>
              {props.error ? (
                <p class="nr-field-error" id="related-target-error">
                  {props.error}
                </p>
              ) : null}
            </div>
            <button type="submit" class="nr-button nr-button--primary">
              Pin
            </button>
          </form>
        )}
      </section>

      <section class="nr-card" aria-labelledby="related-more">
        <h2 id="related-more">More candidates</h2>
        {view.candidates.length ? (
          <ItemTable caption="Other computed candidates, best first" items={view.candidates} articleId={id} csrf={csrf} baseUrl={props.baseUrl} tz={props.tz} buttons={(it) => (pins < MAX_PINS ? btn('pin', 'Pin', it.id) : <Fragment />)} />
        ) : (
          <p>No other candidates.</p>
        )}
      </section>

      {view.removed.length ? (
        <section class="nr-card" aria-labelledby="related-removed">
          <h2 id="related-removed">Removed</h2>
          <ItemTable caption="Stories removed from this list" items={view.removed} articleId={id} csrf={csrf} baseUrl={props.baseUrl} tz={props.tz} buttons={(it) => btn('restore', 'Restore', it.id)} />
        </section>
      ) : null}
    </Fragment>
  );
}

// Revisions of an article: the list with "from"/"to" choices, the word-level diff between two, restore.
import { Fragment, h, type SafeHtml } from '../../../web/jsx.js';
import type { NewsroomArticle, RevisionDiff, RevisionSummary } from '../contract.js';
import { Csrf, editPath, LANG_NAME, Stamp, StatusBadge } from './components.js';
import { formatFull } from './time.js';

const KIND_LABEL: Record<string, string> = {
  create: 'Created',
  translate: 'Translation started',
  save: 'Saved',
  autosave: 'Autosaved',
  restore: 'Restored',
  status: 'Status change',
};

export const kindLabel = (kind: string) => KIND_LABEL[kind] ?? kind;

const FIELD_LABEL: Record<string, string> = { headline: 'Headline', lead: 'Lead', body: 'Body', meta: 'Details' };

export interface RevisionsProps {
  article: NewsroomArticle;
  revisions: RevisionSummary[];
  csrf: string;
  tz: string;
  now: number;
  mayRestore: boolean;
}

function Heading(props: { article: NewsroomArticle; title: string }): SafeHtml {
  const a = props.article;
  return (
    <Fragment>
      <nav class="nr-crumbs" aria-label="Breadcrumb">
        <a href="/newsroom/articles/">Articles</a> <span aria-hidden="true">›</span> <a href={editPath(a.id)}>{a.headline.trim() || `#${a.id}`}</a> <span aria-hidden="true">›</span>{' '}
        <span>{props.title}</span>
      </nav>
      <div class="nr-pagehead">
        <h1>
          {props.title}: <span lang={a.lang}>{a.headline.trim() || '(no headline)'}</span>
        </h1>
        <p class="nr-muted">
          {LANG_NAME[a.lang]} · <StatusBadge status={a.status} /> · current version {a.version}
        </p>
      </div>
    </Fragment>
  );
}

/** The restore forms live outside the compare form (forms cannot nest); the buttons point at them. */
function RestoreForm(props: { article: NewsroomArticle; rev: RevisionSummary; csrf: string }): SafeHtml {
  return (
    <form method="post" action={`/newsroom/articles/${props.article.id}/revisions/${props.rev.id}/restore/`} id={`restore-${props.rev.id}`} class="nr-inline-form">
      <Csrf token={props.csrf} />
      <input type="hidden" name="version" value={String(props.article.version)} />
    </form>
  );
}

export function RevisionsPage(props: RevisionsProps): SafeHtml {
  const { article: a, revisions } = props;
  // Default comparison: the one before the newest against the newest.
  const toId = revisions[0]?.id;
  const fromId = revisions[1]?.id ?? revisions[0]?.id;
  return (
    <Fragment>
      <Heading article={a} title="Revisions" />
      {revisions.length === 0 ? (
        <p>No revisions are stored for this article.</p>
      ) : (
        <Fragment>
          <form method="get" action={`/newsroom/articles/${a.id}/revisions/diff/`} class="nr-revisions-form">
            <p class="nr-hint" id="compare-hint">
              Choose an older version in “From” and a newer one in “To”, then compare.
            </p>
            <div class="nr-table-wrap">
              <table class="nr-table nr-revisions">
                <caption class="nr-sr">Revisions, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col" class="nr-num">Version</th>
                    <th scope="col">Headline</th>
                    <th scope="col">Who</th>
                    <th scope="col">When</th>
                    <th scope="col">Kind</th>
                    {props.mayRestore ? <th scope="col"><span class="nr-sr">Actions</span></th> : null}
                  </tr>
                </thead>
                <tbody>
                  {revisions.map((r) => (
                    <tr class={r.version === a.version ? 'nr-current' : undefined}>
                      <td>
                        <input type="radio" name="from" value={String(r.id)} checked={r.id === fromId} aria-label={`From version ${r.version}`} />
                      </td>
                      <td>
                        <input type="radio" name="to" value={String(r.id)} checked={r.id === toId} aria-label={`To version ${r.version}`} />
                      </td>
                      <td class="nr-num">
                        {r.version}
                        {r.version === a.version ? <span class="nr-muted"> (current)</span> : null}
                      </td>
                      <td lang={a.lang}>{r.headline}</td>
                      <td>{r.userName ?? '—'}</td>
                      <td>
                        <Stamp ms={r.createdAt} tz={props.tz} now={props.now} />
                      </td>
                      <td>{kindLabel(r.kind)}</td>
                      {props.mayRestore ? (
                        <td>
                          {r.version !== a.version ? (
                            <button type="submit" form={`restore-${r.id}`} class="nr-button nr-button--small" aria-label={`Restore version ${r.version}`}>
                              Restore
                            </button>
                          ) : null}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <button type="submit" class="nr-button nr-button--primary" aria-describedby="compare-hint">
                Compare
              </button>
            </p>
          </form>
          {props.mayRestore ? revisions.filter((r) => r.version !== a.version).map((r) => <RestoreForm article={a} rev={r} csrf={props.csrf} />) : null}
        </Fragment>
      )}
    </Fragment>
  );
}

export interface DiffProps {
  article: NewsroomArticle;
  diff: RevisionDiff;
  csrf: string;
  tz: string;
  now: number;
  mayRestore: boolean;
}

function Parts(props: { parts: RevisionDiff['fields'][number]['parts'] }): SafeHtml {
  return (
    <Fragment>
      {props.parts.map((p) =>
        p.op === 'insert' ? (
          <ins>
            <span class="nr-sr">[added: </span>
            {p.text}
            <span class="nr-sr">]</span>
          </ins>
        ) : p.op === 'delete' ? (
          <del>
            <span class="nr-sr">[removed: </span>
            {p.text}
            <span class="nr-sr">]</span>
          </del>
        ) : (
          p.text
        ),
      )}
    </Fragment>
  );
}

export function DiffPage(props: DiffProps): SafeHtml {
  const { article: a, diff } = props;
  const changed = diff.fields.filter((f) => f.parts.some((p) => p.op !== 'equal'));
  const restoreTarget = [diff.from, diff.to].filter((r) => r.version !== a.version);
  return (
    <Fragment>
      <Heading article={a} title="Changes" />
      <div class="nr-diff-head nr-card">
        <p>
          From <strong>version {diff.from.version}</strong> ({diff.from.userName ?? 'unknown'}, {formatFull(props.tz, diff.from.createdAt)}, {kindLabel(diff.from.kind)}) to{' '}
          <strong>version {diff.to.version}</strong> ({diff.to.userName ?? 'unknown'}, {formatFull(props.tz, diff.to.createdAt)}, {kindLabel(diff.to.kind)}).
        </p>
        <p class="nr-diff-legend">
          <ins>Added words</ins> are underlined in green; <del>removed words</del> are struck through in red.
        </p>
        <div class="nr-actions">
          <a href={`/newsroom/articles/${a.id}/revisions/`}>All revisions</a>
          <a href={`/newsroom/articles/${a.id}/revisions/diff/?from=${diff.to.id}&to=${diff.from.id}`}>Swap</a>
          {props.mayRestore
            ? restoreTarget.map((r) => (
                <form method="post" action={`/newsroom/articles/${a.id}/revisions/${r.id}/restore/`} class="nr-inline-form">
                  <Csrf token={props.csrf} />
                  <input type="hidden" name="version" value={String(a.version)} />
                  <button type="submit" class="nr-button nr-button--small">
                    Restore version {r.version}
                  </button>
                </form>
              ))
            : null}
        </div>
      </div>
      {changed.length === 0 ? <p class="nr-flash nr-flash--info">These two versions have the same text and details.</p> : null}
      {diff.fields.map((f) => {
        const has = f.parts.some((p) => p.op !== 'equal');
        return (
          <section class="nr-diff-field nr-card" aria-labelledby={`diff-${f.field}`}>
            <h2 id={`diff-${f.field}`}>
              {FIELD_LABEL[f.field] ?? f.field} {has ? null : <span class="nr-muted nr-diff-same">— no changes</span>}
            </h2>
            {has || f.field !== 'meta' ? (
              <div class={`nr-diff nr-diff--${f.field}`} lang={f.field === 'meta' ? 'en' : a.lang}>
                <Parts parts={f.parts} />
              </div>
            ) : null}
          </section>
        );
      })}
    </Fragment>
  );
}

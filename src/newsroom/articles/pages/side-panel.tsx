// The edit page's side panel: status, the workflow actions the user's role allows, publish time,
// translations, revisions and the trash button.
import { Fragment, h, type SafeHtml } from '../../../web/jsx.js';
import { can } from '../../auth/roles.js';
import { Csrf, editPath, LANG_NAME, PostButton, Stamp, StatusBadge } from './components.js';
import type { EditPageProps } from './edit.js';
import { formatFull, toLocalInput, zoneLabel } from './time.js';
import { ViewsBox } from '../../stats/side-box.js';

function ActionButton(props: { id: number; action: string; label: string; csrf: string; viaForm: boolean; kind?: 'primary' | 'danger' }): SafeHtml {
  const url = `/newsroom/articles/${props.id}/${props.action}/`;
  const cls = ['nr-button', 'nr-button--block', props.kind ? `nr-button--${props.kind}` : ''].filter(Boolean).join(' ');
  if (props.viaForm) {
    return (
      <button type="submit" form="article-form" formaction={url} class={cls} data-action={props.action}>
        {props.label}
      </button>
    );
  }
  return <PostButton action={url} csrf={props.csrf} label={props.label} kind={props.kind} />;
}

export function SidePanel(props: EditPageProps): SafeHtml {
  const { article: a, staff, canEdit } = props;
  const role = staff.role;
  if (!a) {
    return (
      <aside class="nr-side" aria-label="Article status and actions">
        <section class="nr-card nr-side-box">
          <h2>New {LANG_NAME[props.lang]} article</h2>
          <p class="nr-muted">It is saved as a draft. Nothing is public until an editor publishes it.</p>
          <button type="submit" form="article-form" class="nr-button nr-button--primary nr-button--block">
            Create draft
          </button>
        </section>
      </aside>
    );
  }
  const mayPublish = can(role, 'article.publish') && ['draft', 'review', 'scheduled', 'unpublished'].includes(a.status);
  const maySchedule = can(role, 'article.schedule') && ['draft', 'review', 'scheduled', 'unpublished'].includes(a.status);
  const maySubmit = can(role, 'article.submit') && canEdit && a.status === 'draft';
  const mayUnpublish = can(role, 'article.unpublish') && (a.status === 'published' || a.status === 'scheduled');
  const mayTrash = can(role, 'article.delete') && a.status !== 'trashed';
  const viaForm = canEdit;
  const missing = props.langs.filter((l) => l !== a.lang && !a.translations.some((t) => t.lang === l));
  const mayTranslate = can(role, 'article.translate') && a.status !== 'trashed';
  const scheduleValue = a.status === 'scheduled' && a.publishedAt ? toLocalInput(props.tz, a.publishedAt) : toLocalInput(props.tz, Math.ceil((props.now + 3_600_000) / 900_000) * 900_000);
  const publicUrl = a.publicPath ? props.baseUrl + a.publicPath : null;
  return (
    <aside class="nr-side" aria-label="Article status and actions">
      <section class="nr-card nr-side-box" aria-labelledby="side-status">
        <h2 id="side-status">Status</h2>
        <p class="nr-side-status">
          <StatusBadge status={a.status} /> <span class="nr-muted">version {a.version}</span>
        </p>
        {a.status === 'scheduled' && a.publishedAt ? (
          <p>
            Goes live <strong>{formatFull(props.tz, a.publishedAt)}</strong>
          </p>
        ) : null}
        {publicUrl && a.status === 'published' ? (
          <p>
            <a href={publicUrl} class="nr-public-link">
              View on the site
            </a>
          </p>
        ) : null}
        <div class="nr-side-actions">
          {canEdit ? (
            <button type="submit" form="article-form" class="nr-button nr-button--primary nr-button--block" data-action="save">
              {a.status === 'published' ? 'Update' : 'Save'}
            </button>
          ) : null}
          {maySubmit ? <ActionButton id={a.id} action="submit" label="Submit for review" csrf={props.csrf} viaForm={viaForm} /> : null}
          {mayPublish ? <ActionButton id={a.id} action="publish" label="Publish now" csrf={props.csrf} viaForm={viaForm} /> : null}
          {maySchedule ? (
            viaForm ? (
              <div class="nr-schedule">
                <label for="schedule-at">Schedule for</label>
                <input type="datetime-local" id="schedule-at" name="at" form="article-form" value={scheduleValue} aria-describedby="schedule-hint" />
                <p class="nr-hint" id="schedule-hint">
                  {zoneLabel(props.tz, props.now)}
                </p>
                <ActionButton id={a.id} action="schedule" label={a.status === 'scheduled' ? 'Reschedule' : 'Schedule'} csrf={props.csrf} viaForm />
              </div>
            ) : (
              <form method="post" action={`/newsroom/articles/${a.id}/schedule/`} class="nr-schedule">
                <Csrf token={props.csrf} />
                <label for="schedule-at">Schedule for</label>
                <input type="datetime-local" id="schedule-at" name="at" value={scheduleValue} aria-describedby="schedule-hint" />
                <p class="nr-hint" id="schedule-hint">
                  {zoneLabel(props.tz, props.now)}
                </p>
                <button type="submit" class="nr-button nr-button--block">
                  {a.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
                </button>
              </form>
            )
          ) : null}
          {mayUnpublish ? <PostButton action={`/newsroom/articles/${a.id}/unpublish/`} csrf={props.csrf} label={a.status === 'scheduled' ? 'Cancel schedule' : 'Unpublish'} /> : null}
        </div>
        {canEdit && !can(role, 'article.publish') ? <p class="nr-hint">An editor publishes articles after review.</p> : null}
      </section>

      <section class="nr-card nr-side-box" aria-labelledby="side-langs">
        <h2 id="side-langs">Languages</h2>
        <ul class="nr-side-list">
          <li>
            <span class="nr-lang nr-lang--has nr-lang--self">{a.lang}</span> {LANG_NAME[a.lang]} <span class="nr-muted">(this article)</span>
          </li>
          {a.translations.map((t) => (
            <li>
              <a class="nr-lang nr-lang--has" href={editPath(t.id)} aria-label={`${t.lang} – ${LANG_NAME[t.lang]}`}>
                {t.lang}
              </a>{' '}
              <a href={editPath(t.id)}>{t.headline || LANG_NAME[t.lang]}</a> <StatusBadge status={t.status} />
            </li>
          ))}
        </ul>
        {mayTranslate && missing.length ? (
          <div class="nr-actions">
            {missing.map((l) => (
              <PostButton action={`/newsroom/articles/${a.id}/translate/`} csrf={props.csrf} label={`Translate into ${l}`} title={`Start the ${LANG_NAME[l]} version`} fields={{ lang: l }} small />
            ))}
          </div>
        ) : null}
      </section>

      <section class="nr-card nr-side-box" aria-labelledby="side-history">
        <h2 id="side-history">History</h2>
        <dl class="nr-facts">
          <dt>Created</dt>
          <dd>
            <Stamp ms={a.createdAt} tz={props.tz} now={props.now} />
            {a.createdByName ? ` by ${a.createdByName}` : ''}
          </dd>
          <dt>Last saved</dt>
          <dd>
            <span data-saved-at>
              <Stamp ms={a.updatedAt} tz={props.tz} now={props.now} />
            </span>
            {a.updatedByName ? ` by ${a.updatedByName}` : ''}
          </dd>
          {a.publishedAt && a.status === 'published' ? (
            <Fragment>
              <dt>Published</dt>
              <dd>
                <Stamp ms={a.publishedAt} tz={props.tz} now={props.now} />
              </dd>
            </Fragment>
          ) : null}
        </dl>
        <p>
          <a href={`/newsroom/articles/${a.id}/revisions/`}>Revisions and changes</a>
        </p>
        {can(role, 'article.related') && a.status !== 'trashed' ? (
          <p>
            <a href={`/newsroom/articles/${a.id}/related/`}>Related stories</a>
          </p>
        ) : null}
      </section>

      {props.views ? <ViewsBox articleId={a.id} summary={props.views} /> : null}

      {mayTrash ? (
        <section class="nr-side-box nr-side-danger" aria-label="Delete">
          <PostButton action={`/newsroom/articles/${a.id}/trash/`} csrf={props.csrf} label="Move to trash" kind="danger" small />
          <p class="nr-hint">Editors can restore it for 30 days.</p>
        </section>
      ) : null}
    </aside>
  );
}


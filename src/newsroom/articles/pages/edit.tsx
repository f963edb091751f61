// The article editor page: the form (whose field names the editor island and autosave rely on), the
// side panel with status and workflow actions, and beside the form either the original of a
// translation or, after a refused save, the newer version someone else saved.
import { renderDocHtml } from '../../../domain/document/render-html.js';
import type { DocNode } from '../../../domain/document/types.js';
import type { Lang } from '../../../domain/lang.js';
import { Fragment, h, raw, type Child, type SafeHtml } from '../../../web/jsx.js';
import { can } from '../../auth/roles.js';
import type { Staff } from '../../auth/sessions.js';
import type { NewsroomArticle } from '../contract.js';
import { Csrf, describe, editPath, FieldError, Hint, LANG_NAME, StatusBadge } from './components.js';
import type { ArticleFormValues } from './form.js';
import type { Choice, CoverPreview } from './lookups.js';
import { formatClock, formatFull, zoneLabel } from './time.js';
import { SidePanel } from './side-panel.js';
import type { ViewsSummary } from '../../stats/side-box.js';

export interface EditPageProps {
  staff: Staff;
  csrf: string;
  tz: string;
  now: number;
  /** the site's languages */
  langs: Lang[];
  lang: Lang;
  /** null on the "new article" page */
  article: NewsroomArticle | null;
  form: ArticleFormValues;
  /** the body the editor island opens */
  body: DocNode;
  canEdit: boolean;
  errors: Record<string, string>;
  /** a message above the form (validation summary or a refused action) */
  message?: string | null;
  /** a save refused because someone saved a newer version */
  conflict?: { current: NewsroomArticle; message: string } | null;
  /** the original shown beside a translation */
  original?: NewsroomArticle | null;
  rubrics: Choice[];
  authors: Choice[];
  tags: string[];
  cover: CoverPreview | null;
  /** absolute base URL of the public site (for the "live" link) */
  baseUrl: string;
  /** the Views box of the side panel (existing articles) */
  views?: ViewsSummary | null;
}

const LABELS: Record<string, string> = {
  headline: 'Headline',
  lead: 'Lead',
  body_text: 'Body',
  slug: 'Slug',
  rubric_id: 'Rubric',
  tags: 'Tags',
  author_ids: 'Authors',
  source_name: 'Source',
  source_url: 'Source link',
  dateline_place: 'Dateline place',
  cover_image_id: 'Cover image',
  cover_caption: 'Cover caption',
  cover_alt: 'Cover alt text',
  is_breaking: 'Breaking',
  is_pinned: 'Pinned',
  publish_at: 'Publish time',
  version: 'Version',
  at: 'Schedule time',
};

/** JSON for a <script type="application/json">: "<" escaped so the text can never close the element. */
export function jsonScript(value: unknown): SafeHtml {
  return raw(JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
}

/** A stored body as HTML for reading: our own renderer escapes every text. */
function BodyHtml(props: { doc: DocNode }): SafeHtml {
  let html = '';
  try {
    html = renderDocHtml(props.doc);
  } catch {
    html = '';
  }
  return html ? <div class="nr-prose">{raw(html)}</div> : <p class="nr-muted">(no body text)</p>;
}

function ErrorSummary(props: { errors: Record<string, string>; message?: string | null }): SafeHtml {
  const entries = Object.entries(props.errors);
  if (!entries.length && !props.message) return <Fragment />;
  return (
    <div class="nr-errors" role="alert" tabindex="-1" id="form-errors">
      <h2>{entries.length ? (entries.length === 1 ? 'One field needs attention' : `${entries.length} fields need attention`) : 'Not done'}</h2>
      {props.message ? <p>{props.message}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([name, message]) => (
            <li>
              <a href={`#${name}`}>{LABELS[name] ?? name}</a>: {message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function TextField(props: { name: string; label: string; value: string; errors: Record<string, string>; hint?: Child; type?: string; inputmode?: string; extra?: Record<string, unknown> }): SafeHtml {
  return (
    <div class={`nr-field nr-field--${props.name}`}>
      <label for={props.name}>{props.label}</label>
      <input type={props.type ?? 'text'} id={props.name} name={props.name} value={props.value} inputmode={props.inputmode} {...describe(props.name, props.errors, Boolean(props.hint))} {...(props.extra ?? {})} />
      {props.hint ? <Hint name={props.name}>{props.hint}</Hint> : null}
      <FieldError name={props.name} errors={props.errors} />
    </div>
  );
}

/** The read-only article beside the form: a translation's original, or the newer version after a conflict. */
function ReadOnlyArticle(props: { article: NewsroomArticle; heading: string; note: Child; id: string }): SafeHtml {
  const a = props.article;
  return (
    <section class="nr-readonly nr-card" aria-labelledby={props.id} lang={a.lang}>
      <h2 id={props.id} lang="en">
        {props.heading}
      </h2>
      <p class="nr-readonly-note" lang="en">
        {props.note}
      </p>
      <h3 class="nr-readonly-headline">{a.headline || '(no headline)'}</h3>
      {a.lead ? <p class="nr-readonly-lead">{a.lead}</p> : null}
      <BodyHtml doc={a.body} />
    </section>
  );
}

/** A workflow button: with an editable form it sends the form (saving first), otherwise a small form of its own. */
function ArticleForm(props: EditPageProps): SafeHtml {
  const { form: f, errors, article: a } = props;
  const action = a ? editPath(a.id) : '/newsroom/articles/new/';
  const mayFeature = can(props.staff.role, 'article.feature');
  const disabled = !props.canEdit;
  return (
    <form
      method="post"
      action={action}
      id="article-form"
      class="nr-article-form"
      lang={props.lang}
      data-article-form
      data-autosave={a && props.canEdit ? `/newsroom/articles/${a.id}/autosave/` : undefined}
      novalidate
    >
      <Csrf token={props.csrf} />
      <input type="hidden" name="version" value={f.version} />
      {a ? null : <input type="hidden" name="lang" value={props.lang} />}
      <fieldset class="nr-plain" disabled={disabled}>
        <legend class="nr-sr">Article text</legend>
        <div class="nr-field nr-field--headline">
          <label for="headline" lang="en">
            Headline
          </label>
          <input type="text" id="headline" name="headline" value={f.headline} maxlength="300" autocomplete="off" {...describe('headline', errors)} />
          <FieldError name="headline" errors={errors} />
        </div>
        <div class="nr-field nr-field--lead">
          <label for="lead" lang="en">
            Lead
          </label>
          <textarea id="lead" name="lead" rows="3" {...describe('lead', errors)}>
            {f.lead}
          </textarea>
          <FieldError name="lead" errors={errors} />
        </div>
        <div class="nr-field nr-field--body">
          <label for="body_text" id="body-label" lang="en">
            Body
          </label>
          <div
            data-editor
            data-article-id={a ? String(a.id) : undefined}
            data-lang={props.lang}
            data-updated-at={a ? String(a.updatedAt) : undefined}
            aria-labelledby="body-label"
            class="nr-editor-mount"
          ></div>
          <script type="application/json" id="body-json">
            {jsonScript(props.body)}
          </script>
          <input type="hidden" name="body_json" value={f.bodyJson} />
          <input type="hidden" name="body_text_base" value={f.bodyTextBase} />
          <textarea id="body_text" name="body_text" rows="16" class="nr-body-text" {...describe('body_text', errors, true)}>
            {f.bodyText}
          </textarea>
          <Hint name="body_text">
            <span lang="en">Separate paragraphs with a blank line.</span>
          </Hint>
          <FieldError name="body_text" errors={errors} />
        </div>
      </fieldset>

      <fieldset class="nr-details" disabled={disabled} lang="en">
        <legend>Details</legend>
        <div class="nr-grid2">
          <div class="nr-field">
            <label for="rubric_id">Rubric</label>
            <select id="rubric_id" name="rubric_id" {...describe('rubric_id', errors)}>
              <option value="">— none —</option>
              {props.rubrics.map((r) => (
                <option value={String(r.id)} selected={f.rubricId === String(r.id)}>
                  {r.name}
                </option>
              ))}
            </select>
            <FieldError name="rubric_id" errors={errors} />
          </div>
          <div class="nr-field">
            <label for="tags">Tags</label>
            <input type="text" id="tags" name="tags" value={f.tags} list="tag-suggestions" autocomplete="off" {...describe('tags', errors, true)} />
            <datalist id="tag-suggestions">
              {props.tags.map((t) => (
                <option value={t}></option>
              ))}
            </datalist>
            <Hint name="tags">Separate with commas. New names create tags.</Hint>
            <FieldError name="tags" errors={errors} />
          </div>
          <div class="nr-field">
            <label for="author_ids">Authors</label>
            <select id="author_ids" name="author_ids" multiple size="5" {...describe('author_ids', errors, true)}>
              {props.authors.map((p) => (
                <option value={String(p.id)} selected={f.authorIds.includes(String(p.id))}>
                  {p.name}
                </option>
              ))}
            </select>
            <Hint name="author_ids">Ctrl or ⌘ to choose several. None: your own byline.</Hint>
            <FieldError name="author_ids" errors={errors} />
          </div>
          <div class="nr-field-stack">
            <TextField name="slug" label="Slug" value={f.slug} errors={errors} hint="Generated from the headline if empty." extra={{ autocomplete: 'off', spellcheck: 'false' }} />
            <TextField name="dateline_place" label="Dateline place" value={f.datelinePlace} errors={errors} hint="e.g. Bishkek" />
          </div>
          <TextField name="source_name" label="Source" value={f.sourceName} errors={errors} hint="Who the news comes from, if not us." />
          <TextField name="source_url" label="Source link" type="url" value={f.sourceUrl} errors={errors} extra={{ placeholder: 'https://' }} />
        </div>
      </fieldset>

      <fieldset class="nr-details" disabled={disabled} lang="en">
        <legend>Cover image</legend>
        <div class="nr-cover">
          <div class="nr-cover-preview" data-cover-preview>
            {props.cover ? (
              <figure>
                <img src={props.cover.src} width={props.cover.width} height={props.cover.height} alt={props.cover.alt ?? `Cover image ${props.cover.id}`} loading="lazy" />
                <figcaption class="nr-hint">Image {props.cover.id}</figcaption>
              </figure>
            ) : (
              <p class="nr-cover-empty">No cover</p>
            )}
          </div>
          <div class="nr-cover-fields">
            <div class="nr-field">
              <label for="cover_image_id">Image number</label>
              <div class="nr-inline">
                <input type="number" id="cover_image_id" name="cover_image_id" min="1" step="1" value={f.coverImageId} class="nr-input-short" {...describe('cover_image_id', errors, true)} />
                <button type="button" class="nr-button nr-button--small" data-media-picker="cover_image_id">
                  Choose from library
                </button>
              </div>
              <Hint name="cover_image_id">
                The number shown in the <a href="/newsroom/media/">media library</a>. Empty: no cover.
              </Hint>
              <FieldError name="cover_image_id" errors={errors} />
            </div>
            <TextField name="cover_caption" label="Caption" value={f.coverCaption} errors={errors} />
            <TextField name="cover_alt" label="Alt text" value={f.coverAlt} errors={errors} hint="What the picture shows, for readers who cannot see it. Empty: the library's alt text." />
          </div>
        </div>
      </fieldset>

      <fieldset class="nr-details" disabled={disabled} lang="en">
        <legend>Publishing</legend>
        <div class="nr-grid2">
          <div class="nr-field">
            <label for="publish_at">Publish time</label>
            <input type="datetime-local" id="publish_at" name="publish_at" value={f.publishAt} {...describe('publish_at', errors, true)} />
            <Hint name="publish_at">Site time ({zoneLabel(props.tz, props.now)}). Empty: the moment it is published.</Hint>
            <FieldError name="publish_at" errors={errors} />
          </div>
          {mayFeature ? (
            <div class="nr-field nr-flags" role="group" aria-label="Flags">
              <label class="nr-check" for="is_breaking">
                <input type="checkbox" id="is_breaking" name="is_breaking" value="1" checked={f.isBreaking} />
                Breaking news
              </label>
              <label class="nr-check" for="is_pinned">
                <input type="checkbox" id="is_pinned" name="is_pinned" value="1" checked={f.isPinned} />
                Pinned as the top story
              </label>
            </div>
          ) : null}
        </div>
      </fieldset>

      {props.canEdit ? (
        <div class="nr-form-foot" lang="en">
          <button type="submit" class="nr-button nr-button--primary" data-action="save">
            {a ? (a.status === 'published' ? 'Update' : 'Save') : 'Create draft'}
          </button>
          <span class="nr-save-state" data-save-state role="status" aria-live="polite"></span>
        </div>
      ) : null}
    </form>
  );
}

export function conflictText(current: NewsroomArticle, tz: string): string {
  const who = current.updatedByName ?? 'someone else';
  return `Someone else saved this article (${who} at ${formatClock(tz, current.updatedAt)}) after you opened it. Your text is below and was NOT saved; their version was not overwritten. Copy what you need, then open the latest version.`;
}

export function EditPage(props: EditPageProps): SafeHtml {
  const a = props.article;
  const conflict = props.conflict ?? null;
  const original = conflict ? null : (props.original ?? null);
  const beside = Boolean(conflict || original);
  return (
    <Fragment>
      <nav class="nr-crumbs" aria-label="Breadcrumb">
        <a href="/newsroom/articles/">Articles</a> <span aria-hidden="true">›</span> <span>{a ? `${LANG_NAME[a.lang]} · #${a.id}` : `New ${LANG_NAME[props.lang]} article`}</span>
      </nav>
      <div class="nr-pagehead">
        <h1 class="nr-edit-title">{a ? a.headline.trim() || '(no headline yet)' : `New ${LANG_NAME[props.lang]} article`}</h1>
      </div>
      {conflict ? (
        <div class="nr-conflict" role="alert">
          <h2>Not saved: a newer version exists</h2>
          <p>{conflictText(conflict.current, props.tz)}</p>
          <p>
            <a href={editPath(conflict.current.id)} class="nr-button">
              Open the latest version
            </a>
          </p>
        </div>
      ) : null}
      <ErrorSummary errors={props.errors} message={conflict ? null : props.message} />
      {!props.canEdit && a ? (
        <p class="nr-flash nr-flash--info">
          {a.status === 'trashed'
            ? 'This article is in the trash. Restore it to edit.'
            : `You can read this article but not change it (${a.status === 'draft' || a.status === 'review' ? 'it belongs to someone else' : 'it is ' + a.status}).`}
        </p>
      ) : null}
      <div class={beside ? 'nr-edit nr-edit--beside' : 'nr-edit'}>
        {conflict ? (
          <ReadOnlyArticle
            article={conflict.current}
            id="their-version"
            heading="Their version (saved)"
            note={`Version ${conflict.current.version}, saved by ${conflict.current.updatedByName ?? 'someone else'} at ${formatFull(props.tz, conflict.current.updatedAt)}. Read only.`}
          />
        ) : null}
        {original ? (
          <ReadOnlyArticle
            article={original}
            id="original"
            heading={`Original (${LANG_NAME[original.lang]})`}
            note={
              <Fragment>
                <StatusBadge status={original.status} /> <a href={editPath(original.id)}>Open the original</a>
                {a && a.translations.filter((t) => t.id !== original.id).length ? (
                  <Fragment>
                    {' · Compare with '}
                    {a.translations
                      .filter((t) => t.id !== original.id)
                      .map((t) => (
                        <a href={`${editPath(a.id)}?from=${t.id}`} class="nr-compare-link">
                          {LANG_NAME[t.lang]}
                        </a>
                      ))}
                  </Fragment>
                ) : null}
              </Fragment>
            }
          />
        ) : null}
        <div class="nr-edit-main">
          <ArticleForm {...props} />
        </div>
        <SidePanel {...props} />
      </div>
    </Fragment>
  );
}

// The media library pages: the grid with search, the "missing alt text" filter and the upload form
// (works without JavaScript; the media island adds drag and drop and per-file progress), and one
// image's page to write its alt text, caption and credit, see where it is used, and delete it.
import { Fragment, h, type SafeHtml } from '../../web/jsx.js';
import { mediaPath } from '../../web/urls.js';
import type { Staff } from '../auth/sessions.js';
import { ACCEPTED_MIME } from './sniff.js';
import { FIELD_LABELS, type TextField, type TextInput } from './rules.js';
import { displayUrl, thumbUrl, type ImageRecord, type ImageUse } from './store.js';
import { formatBytes, type FileResult } from './upload.js';

export const LIBRARY_PATH = '/newsroom/media/';
export const imagePath = (id: number) => `/newsroom/media/${id}/`;
export const UPLOAD_API = '/api/v1/newsroom/media/';

const STATUS_LABEL: Record<string, string> = {
  draft: 'Draft', review: 'In review', scheduled: 'Scheduled', published: 'Published', unpublished: 'Unpublished', trashed: 'In the trash',
};

function nameOf(img: ImageRecord): string {
  return img.originalName ?? img.file.slice(img.file.lastIndexOf('/') + 1);
}

function formatTime(tz: string, ms: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

const KIND: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/gif': 'GIF', 'image/avif': 'AVIF' };

function kindOf(mime: string): string {
  return KIND[mime] ?? mime.replace(/^image\//, '').toUpperCase();
}

export interface LibraryProps {
  staff: Staff;
  csrf: string;
  items: ImageRecord[];
  total: number;
  page: number;
  pageSize: number;
  q: string;
  missingAlt: boolean;
  maxBytes: number;
  /** what a form upload without JavaScript just did, when some of it failed */
  upload?: { results: FileResult[]; problem: string | null } | null;
}

function libraryHref(q: string, missingAlt: boolean, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (missingAlt) params.set('missingAlt', '1');
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `${LIBRARY_PATH}?${s}` : LIBRARY_PATH;
}

function UploadForm(props: { csrf: string; maxBytes: number }): SafeHtml {
  const limit = formatBytes(props.maxBytes);
  return (
    <section class="nr-card md-upload" aria-labelledby="md-upload-title">
      <h2 id="md-upload-title">Upload images</h2>
      <form
        class="md-upload-form"
        method="post"
        action={`/newsroom/media/upload/?_csrf=${encodeURIComponent(props.csrf)}`}
        enctype="multipart/form-data"
        data-api={UPLOAD_API}
        data-max-bytes={String(props.maxBytes)}
        data-max-label={limit}
      >
        <div class="md-drop" data-drop-zone="">
          <label for="md-files" class="md-drop-label">
            <span class="md-drop-title">Drop images here, or choose files</span>
            <span class="nr-hint" id="md-files-hint">
              JPEG, PNG, WebP or GIF, up to {limit} each; several at once. Photos are stripped of their location and camera data.
            </span>
          </label>
          <input id="md-files" type="file" name="file" multiple accept={ACCEPTED_MIME.join(',')} aria-describedby="md-files-hint" />
          <button type="submit" class="nr-button nr-button--primary">
            Upload
          </button>
        </div>
      </form>
      <ul class="md-progress" data-upload-list="" aria-live="polite" hidden></ul>
    </section>
  );
}

function UploadReport(props: { upload: NonNullable<LibraryProps['upload']> }): SafeHtml {
  const { results, problem } = props.upload;
  const failed = results.filter((r): r is Extract<FileResult, { ok: false }> => !r.ok);
  const stored = results.filter((r): r is Extract<FileResult, { ok: true }> => r.ok);
  return (
    <div class="nr-flash nr-flash--error md-report" role="alert">
      <p class="md-report-title">{stored.length ? `Uploaded ${stored.length} of ${results.length} files. These were not uploaded:` : 'Nothing was uploaded.'}</p>
      {failed.length ? (
        <ul>
          {failed.map((r) => (
            <li>{r.error}</li>
          ))}
        </ul>
      ) : null}
      {problem ? <p>{problem}</p> : null}
      {stored.length ? (
        <p>
          Uploaded:{' '}
          {stored.map((r, i) => (
            <Fragment>
              {i ? ', ' : ''}
              <a href={imagePath(r.image.id)}>{r.name}</a>
            </Fragment>
          ))}
          . Add alt text to each before an article with it is published.
        </p>
      ) : null}
    </div>
  );
}

export function LibraryPage(p: LibraryProps): SafeHtml {
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const first = p.total ? (p.page - 1) * p.pageSize + 1 : 0;
  const last = Math.min(p.total, p.page * p.pageSize);
  const filtered = !!p.q || p.missingAlt;
  return (
    <Fragment>
      <div class="nr-pagehead">
        <h1>Media library</h1>
      </div>
      {p.upload ? <UploadReport upload={p.upload} /> : null}
      <UploadForm csrf={p.csrf} maxBytes={p.maxBytes} />
      <h2 id="md-browse">Images</h2>
      <form class="nr-filters md-filters" method="get" action={LIBRARY_PATH} role="search" aria-label="Search the media library">
        <div class="nr-field md-search">
          <label for="md-q">Search</label>
          <input id="md-q" type="search" name="q" value={p.q} placeholder="File name, alt text, caption or credit" />
        </div>
        <label class="nr-check md-missing">
          <input type="checkbox" name="missingAlt" value="1" checked={p.missingAlt} /> Missing alt text only
        </label>
        <button type="submit" class="nr-button">
          Search
        </button>
        {filtered ? <a href={LIBRARY_PATH}>Show all</a> : null}
      </form>
      <p class="nr-muted md-count" role="status">
        {p.total === 0
          ? filtered
            ? 'No image matches.'
            : 'The library is empty: upload the first images above.'
          : `${first}–${last} of ${p.total} ${p.total === 1 ? 'image' : 'images'}${filtered ? ' found' : ''}, newest first`}
      </p>
      {p.items.length ? (
        <ul class="md-grid" aria-labelledby="md-browse">
          {p.items.map((img) => {
            const missing = !img.alt.trim();
            return (
              <li class="md-card">
                <a class="md-card-link" href={imagePath(img.id)}>
                  <span class="md-thumb">
                    <img src={thumbUrl(img)} alt="" width={img.width} height={img.height} loading="lazy" decoding="async" />
                  </span>
                  <span class="md-card-name">{nameOf(img)}</span>
                </a>
                <span class="md-card-meta">
                  {img.width} × {img.height} · {kindOf(img.mime)}
                </span>
                {missing ? <span class="nr-badge md-badge-missing">No alt text</span> : <span class="md-card-alt">{img.alt}</span>}
              </li>
            );
          })}
        </ul>
      ) : null}
      {pages > 1 ? (
        <nav class="nr-pager" aria-label="Pages">
          {p.page > 1 ? <a href={libraryHref(p.q, p.missingAlt, p.page - 1)} rel="prev">← Newer</a> : null}
          <span>
            Page {p.page} of {pages}
          </span>
          {p.page < pages ? <a href={libraryHref(p.q, p.missingAlt, p.page + 1)} rel="next">Older →</a> : null}
        </nav>
      ) : null}
    </Fragment>
  );
}

export interface ImagePageProps {
  staff: Staff;
  csrf: string;
  tz: string;
  img: ImageRecord;
  uses: ImageUse[];
  canEdit: boolean;
  canDelete: boolean;
  /** what was typed, when the form comes back with errors */
  values?: TextInput;
  errors?: Partial<Record<TextField, string>>;
}

function WordsField(props: { field: TextField; value: string; error?: string; multiline?: boolean; hint: string }): SafeHtml {
  const id = `md-${props.field}`;
  const hintId = `${id}-hint`;
  const errId = `${id}-error`;
  const described = props.error ? `${hintId} ${errId}` : hintId;
  return (
    <div class="nr-field">
      <label for={id}>{FIELD_LABELS[props.field]}</label>
      <span class="nr-hint" id={hintId}>
        {props.hint}
      </span>
      {props.multiline ? (
        <textarea id={id} name={props.field} rows={3} aria-describedby={described} aria-invalid={props.error ? 'true' : undefined}>
          {props.value}
        </textarea>
      ) : (
        <input id={id} type="text" name={props.field} value={props.value} aria-describedby={described} aria-invalid={props.error ? 'true' : undefined} />
      )}
      {props.error ? (
        <span class="nr-error" id={errId}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

export function ImagePage(p: ImagePageProps): SafeHtml {
  const { img } = p;
  const v = { alt: p.values?.alt ?? img.alt, caption: p.values?.caption ?? img.caption, credit: p.values?.credit ?? img.credit };
  const errors = p.errors ?? {};
  const missingAlt = !img.alt.trim();
  const originals = [{ label: `Original (${kindOf(img.mime)}, ${img.width} × ${img.height})`, file: img.file }];
  return (
    <Fragment>
      <p class="md-back">
        <a href={LIBRARY_PATH}>← Media library</a>
      </p>
      <h1 class="md-title">{nameOf(img)}</h1>
      <div class="md-edit">
        <figure class="md-preview">
          <img src={displayUrl(img)} alt={img.alt} width={img.width} height={img.height} />
          {img.caption || img.credit ? (
            <figcaption>
              {img.caption}
              {img.caption && img.credit ? ' ' : ''}
              {img.credit ? <span class="nr-muted">Photo: {img.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
        <div class="md-side">
          {missingAlt ? (
            <p class="md-warn">
              <strong>No alt text yet.</strong> An article that uses this image cannot be published until it has one.
            </p>
          ) : null}
          {p.canEdit ? (
            <form class="nr-form nr-card" method="post" action={imagePath(img.id)} novalidate>
              <input type="hidden" name="_csrf" value={p.csrf} />
              <h2 class="md-form-title">Description</h2>
              <WordsField field="alt" value={v.alt} error={errors.alt} multiline hint="What the picture shows, for readers who cannot see it. Required before publishing." />
              <WordsField field="caption" value={v.caption} error={errors.caption} multiline hint="Shown under the picture." />
              <WordsField field="credit" value={v.credit} error={errors.credit} hint="Photographer or agency, shown as “Photo: …”." />
              <div class="nr-actions">
                <button type="submit" class="nr-button nr-button--primary">
                  Save
                </button>
              </div>
            </form>
          ) : (
            <section class="nr-card" aria-labelledby="md-words">
              <h2 id="md-words" class="md-form-title">
                Description
              </h2>
              <dl class="md-dl">
                <dt>Alt text</dt>
                <dd>{img.alt || <span class="nr-muted">none</span>}</dd>
                <dt>Caption</dt>
                <dd>{img.caption || <span class="nr-muted">none</span>}</dd>
                <dt>Credit</dt>
                <dd>{img.credit || <span class="nr-muted">none</span>}</dd>
              </dl>
              <p class="nr-hint">Only editors, or whoever uploaded this image, can change these.</p>
            </section>
          )}
          <section class="nr-card" aria-labelledby="md-details">
            <h2 id="md-details" class="md-form-title">
              Details
            </h2>
            <dl class="md-dl">
              <dt>Size</dt>
              <dd>
                {img.width} × {img.height} px{img.sizeBytes != null ? `, ${formatBytes(img.sizeBytes)}` : ''}
              </dd>
              <dt>Type</dt>
              <dd>{kindOf(img.mime)}</dd>
              <dt>Uploaded</dt>
              <dd>
                {formatTime(p.tz, img.createdAt)}
                {img.uploaderName ? ` by ${img.uploaderName}` : ''}
              </dd>
              <dt>Files</dt>
              <dd>
                <ul class="md-files">
                  {originals.map((o) => (
                    <li>
                      <a href={mediaPath(o.file)}>{o.label}</a>
                    </li>
                  ))}
                  <li>
                    {img.variants.length} renditions ({[...new Set(img.variants.map((r) => kindOf(r.mime)))].join(', ')}; {[...new Set(img.variants.map((r) => r.width))].sort((a, b) => a - b).join(', ')} px wide)
                  </li>
                </ul>
              </dd>
            </dl>
          </section>
          <section class="nr-card" aria-labelledby="md-uses">
            <h2 id="md-uses" class="md-form-title">
              Used in
            </h2>
            {p.uses.length ? (
              <ul class="md-uses">
                {p.uses.map((u) => (
                  <li>
                    <a href={`/newsroom/articles/${u.id}/`}>{u.headline || '(no headline)'}</a>{' '}
                    <span class="nr-muted">
                      {u.lang.toUpperCase()} · {STATUS_LABEL[u.status] ?? u.status} · {u.as.map((a) => (a === 'cover' ? 'cover' : 'in the text')).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="nr-muted">No article uses this image.</p>
            )}
          </section>
          {p.canDelete ? (
            <section class="nr-card md-danger" aria-labelledby="md-delete">
              <h2 id="md-delete" class="md-form-title">
                Delete
              </h2>
              {p.uses.length ? (
                <p class="nr-hint">This image cannot be deleted while an article uses it. Remove it from the articles above first.</p>
              ) : (
                <form method="post" action={`${imagePath(img.id)}delete/`}>
                  <input type="hidden" name="_csrf" value={p.csrf} />
                  <p class="nr-hint">The image and all its renditions are removed for good; links to it stop working.</p>
                  <button type="submit" class="nr-button nr-button--danger">
                    Delete this image
                  </button>
                </form>
              )}
            </section>
          ) : null}
        </div>
      </div>
    </Fragment>
  );
}

export function ImageNotFound(): SafeHtml {
  return (
    <Fragment>
      <h1>Image not found</h1>
      <p>It may have been deleted.</p>
      <p>
        <a href={LIBRARY_PATH}>← Media library</a>
      </p>
    </Fragment>
  );
}

// Small pieces shared by the article pages: status and language badges, times, field messages.
import type { Lang } from '../../../domain/lang.js';
import { Fragment, h, type Child, type SafeHtml } from '../../../web/jsx.js';
import type { ArticleStatus } from '../../../store/schema.js';
import { formatFull, formatStamp } from './time.js';

export const STATUS_LABEL: Record<ArticleStatus, string> = {
  draft: 'Draft',
  review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
  trashed: 'In trash',
};

export const LANG_NAME: Record<Lang, string> = { ru: 'Russian', ky: 'Kyrgyz', en: 'English' };

export function StatusBadge(props: { status: ArticleStatus }): SafeHtml {
  return <span class={`nr-badge nr-badge--${props.status}`}>{STATUS_LABEL[props.status] ?? props.status}</span>;
}

/** A time in the site zone, compact, with the full date as a tooltip and machine-readable value. */
export function Stamp(props: { ms: number; tz: string; now: number }): SafeHtml {
  return (
    <time datetime={new Date(props.ms).toISOString()} title={formatFull(props.tz, props.ms)}>
      {formatStamp(props.tz, props.ms, props.now)}
    </time>
  );
}

/** A field's hint and error paragraphs, and the attributes that tie them to the control. */
export function describe(name: string, errors: Record<string, string>, hint?: boolean): { 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
  const ids = [hint ? `hint-${name}` : '', errors[name] ? `err-${name}` : ''].filter(Boolean);
  return { 'aria-invalid': errors[name] ? 'true' : undefined, 'aria-describedby': ids.length ? ids.join(' ') : undefined };
}

export function FieldError(props: { name: string; errors: Record<string, string> }): SafeHtml {
  const message = props.errors[props.name];
  return message ? (
    <p class="nr-field-error" id={`err-${props.name}`}>
      {message}
    </p>
  ) : (
    <Fragment />
  );
}

export function Hint(props: { name: string; children?: Child }): SafeHtml {
  return (
    <p class="nr-hint" id={`hint-${props.name}`}>
      {props.children}
    </p>
  );
}

/** The hidden CSRF field every form carries. */
export function Csrf(props: { token: string }): SafeHtml {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** A button in its own small POST form. */
export function PostButton(props: { action: string; csrf: string; label: string; kind?: 'primary' | 'danger'; small?: boolean; fields?: Record<string, string>; title?: string }): SafeHtml {
  const cls = ['nr-button', props.kind ? `nr-button--${props.kind}` : '', props.small ? 'nr-button--small' : ''].filter(Boolean).join(' ');
  return (
    <form method="post" action={props.action} class="nr-inline-form">
      <Csrf token={props.csrf} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={cls} title={props.title}>
        {props.label}
      </button>
    </form>
  );
}

/** Query string from the non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const editPath = (id: number) => `/newsroom/articles/${id}/`;

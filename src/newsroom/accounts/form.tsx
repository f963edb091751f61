// Form pieces for the account, users and sign-in pages: a labelled field with its hint and error
// (aria-invalid + aria-describedby), the hidden CSRF field, and reading a urlencoded body.
import { h, type Child } from '../../web/jsx.js';
import { CSRF_FIELD } from '../auth/guard.js';

export function Csrf(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}

export interface FieldProps {
  /** unique on the page */
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'number' | 'date';
  value?: string;
  error?: string;
  hint?: Child;
  autocomplete?: string;
  required?: boolean;
  autofocus?: boolean;
  maxlength?: number;
  minlength?: number;
  inputmode?: string;
}

export function Field(p: FieldProps) {
  const hintId = p.hint ? `${p.id}-hint` : null;
  const errorId = p.error ? `${p.id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="nr-field">
      <label for={p.id}>{p.label}</label>
      {p.error ? (
        <p class="nr-field-error" id={errorId}>
          {p.error}
        </p>
      ) : null}
      <input
        id={p.id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.type === 'password' ? undefined : p.value}
        autocomplete={p.autocomplete}
        required={p.required}
        autofocus={p.autofocus}
        maxlength={p.maxlength}
        minlength={p.minlength}
        inputmode={p.inputmode}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      {p.hint ? (
        <p class="nr-hint" id={hintId}>
          {p.hint}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField(p: { id: string; name: string; label: string; value: string; options: Array<{ value: string; label: string }>; error?: string; hint?: Child }) {
  const hintId = p.hint ? `${p.id}-hint` : null;
  const errorId = p.error ? `${p.id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="nr-field">
      <label for={p.id}>{p.label}</label>
      {p.error ? (
        <p class="nr-field-error" id={errorId}>
          {p.error}
        </p>
      ) : null}
      <select id={p.id} name={p.name} aria-invalid={p.error ? 'true' : undefined} aria-describedby={describedBy}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
      {p.hint ? (
        <p class="nr-hint" id={hintId}>
          {p.hint}
        </p>
      ) : null}
    </div>
  );
}

/** A string field of a urlencoded body ('' when missing or repeated). */
export function field(body: unknown, name: string): string {
  if (!body || typeof body !== 'object') return '';
  const v = (body as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : '';
}

/** A one-line summary over a form with errors, for the flash area. */
export function errorFlash(errors: Record<string, string | undefined>) {
  const n = Object.values(errors).filter(Boolean).length;
  return n ? { kind: 'error' as const, text: n === 1 ? 'Check the field marked below.' : `Check the ${n} fields marked below.` } : null;
}

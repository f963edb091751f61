// Helpers for the article page tests: signed-in GETs, urlencoded form POSTs, reading the edit form back.
import type { TestApp } from '../../support/app.js';
import type { TestStaff } from '../../support/newsroom.js';

export type Fields = Record<string, string | string[]>;

export function encode(fields: Fields): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
  return q.toString();
}

export function page(t: TestApp, who: TestStaff | null, url: string) {
  return t.app.inject({ url, headers: who ? { cookie: who.cookie } : {} });
}

/** A form POST as the browser sends it: session cookie, _csrf in the body. */
export function submit(t: TestApp, who: TestStaff, url: string, fields: Fields, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: encode({ _csrf: who.csrf, ...fields }),
  });
}

/** The autosave call as the editor island makes it: same form, token in the x-csrf-token header. */
export function autosave(t: TestApp, who: TestStaff, id: number, fields: Fields) {
  return t.app.inject({
    method: 'POST',
    url: `/newsroom/articles/${id}/autosave/`,
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    payload: encode(fields),
  });
}

export function idFromLocation(location: unknown): number {
  const m = /\/newsroom\/articles\/(\d+)\/$/.exec(String(location));
  if (!m) throw new Error(`not an edit page address: ${String(location)}`);
  return Number(m[1]);
}

/** Creates a draft through the "new article" form and returns its id. */
export async function createViaForm(t: TestApp, who: TestStaff, fields: Fields & { headline: string }, lang = 'ru'): Promise<number> {
  const res = await submit(t, who, '/newsroom/articles/new/', { lang, version: '0', lead: '', body_text: '', ...fields });
  if (res.statusCode !== 303) throw new Error(`create answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
  return idFromLocation(res.headers.location);
}

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The value of an <input name=…> on a page. */
export function inputValue(html: string, name: string): string | null {
  const m = new RegExp(`<input[^>]*\\bname="${name}"[^>]*>`).exec(html);
  if (!m) return null;
  const v = /\bvalue="([^"]*)"/.exec(m[0]);
  return v ? unescape(v[1]) : '';
}

/** The text of a <textarea name=…>. */
export function textareaValue(html: string, name: string): string | null {
  const m = new RegExp(`<textarea[^>]*\\bname="${name}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  return m ? unescape(m[1]) : null;
}

/** Everything the edit form would send back unchanged (what a person gets when they open the page). */
export function formOf(html: string): Fields {
  const out: Fields = {};
  for (const name of ['version', 'headline', 'body_json', 'body_text_base', 'slug', 'tags', 'source_name', 'source_url', 'dateline_place', 'cover_image_id', 'cover_caption', 'cover_alt', 'publish_at']) {
    const v = inputValue(html, name);
    if (v !== null) out[name] = v;
  }
  for (const name of ['lead', 'body_text']) {
    const v = textareaValue(html, name);
    if (v !== null) out[name] = v;
  }
  const rubric = /<select[^>]*name="rubric_id"[^>]*>([\s\S]*?)<\/select>/.exec(html);
  const sel = rubric ? /<option value="(\d*)" selected/.exec(rubric[1]) : null;
  out.rubric_id = sel ? sel[1] : '';
  const authors = /<select[^>]*name="author_ids"[^>]*>([\s\S]*?)<\/select>/.exec(html);
  out.author_ids = authors ? [...authors[1].matchAll(/<option value="(\d+)" selected/g)].map((m) => m[1]) : [];
  for (const name of ['is_breaking', 'is_pinned']) if (new RegExp(`name="${name}" value="1" checked`).test(html)) out[name] = '1';
  return out;
}

export const XSS = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(2)>',
};

/** True when the page contains one of the attack strings as live markup. */
export function hasLiveXss(html: string): boolean {
  return /<script>alert\(1\)/.test(html) || /<img src=x onerror/i.test(html) || /"><img/.test(html);
}

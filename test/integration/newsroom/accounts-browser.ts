// A tiny browser for the accounts tests: keeps cookies across requests (like the real one, dropping
// cleared ones), reads the CSRF token from the last form, and posts urlencoded forms.
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../support/app.js';

export class FormBrowser {
  readonly jar = new Map<string, string>();
  /** the CSRF token of the last page that had a form */
  csrf = '';

  constructor(
    private readonly t: TestApp,
    private readonly opts: { ip?: string; userAgent?: string } = {},
  ) {}

  cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse): void {
    for (const c of res.cookies as Array<{ name: string; value: string; expires?: Date; maxAge?: number }>) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.parse('2000-01-01'));
      if (gone) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1];
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { 'user-agent': this.opts.userAgent ?? 'Mozilla/5.0 (X11; Linux x86_64) Firefox/122.0', ...extra };
    const cookie = this.cookie();
    if (cookie) h.cookie = cookie;
    return h;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.t.app.inject({ method: 'GET', url, headers: this.headers(), remoteAddress: this.opts.ip });
    this.keep(res);
    return res;
  }

  /** Posts a form with the CSRF token of the last page (csrf: false leaves it out, a string forges one). */
  async post(url: string, form: Record<string, string>, opts: { csrf?: string | false } = {}): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams(form);
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token !== false && token) body.set('_csrf', token);
    const res = await this.t.app.inject({
      method: 'POST',
      url,
      headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      payload: body.toString(),
      remoteAddress: this.opts.ip,
    });
    this.keep(res);
    return res;
  }

  /** Opens the sign-in page and signs in; returns the POST's response. */
  async signIn(email: string, password: string, next?: string): Promise<LightMyRequestResponse> {
    await this.get(next ? `/newsroom/login/?next=${encodeURIComponent(next)}` : '/newsroom/login/');
    return this.post('/newsroom/login/', next ? { email, password, next } : { email, password });
  }
}

/** The text of the page's error/flash message, tags removed. */
export function messageOf(html: string): string {
  const m = /<p class="nr-flash[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return m ? m[1].replace(/<[^>]+>/g, '').trim() : '';
}

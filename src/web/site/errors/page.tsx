// Localized 404, 500 and 503 pages. They must render even when the database is down, so they take no data.
import { Layout } from '../../components/layout.js';
import { homePath } from '../../urls.js';
import { h, type SafeHtml } from '../../jsx.js';
import type { SiteContext } from '../../context.js';

export function ErrorPage({ ctx, status }: { ctx: SiteContext; status: 404 | 500 | 503 }): SafeHtml {
  const { s } = ctx;
  const title = status === 404 ? s.notFoundTitle : status === 503 ? s.unavailableTitle : s.errorTitle;
  return (
    <Layout ctx={ctx} pageClass="error" meta={{ title, noindex: true }}>
      <div class="wrap error-page">
        <p class="error-code" aria-hidden="true">
          {status}
        </p>
        <h1 class="page-title">{title}</h1>
        <p>{status === 404 ? s.notFoundText : status === 503 ? s.unavailableText : s.errorText}</p>
        <p>
          <a href={homePath(ctx.lang)} class="button">
            {s.backHome}
          </a>
        </p>
      </div>
    </Layout>
  );
}

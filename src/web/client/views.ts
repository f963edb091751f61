// Counts the article page's view: one POST to /api/v1/views once the page is really shown (not while
// prerendered or opened in a background tab), then shows the fresh total in [data-views], which in a
// cached page may be up to a minute old. Falls back to sendBeacon where fetch is missing or fails.

const LOCALE: Record<string, string> = { ru: 'ru-RU', ky: 'ky-KG', en: 'en-GB' };
const URL_ = '/api/v1/views';

function show(views: unknown, lang: string): void {
  const el = document.querySelector('[data-views]');
  if (!el || typeof views !== 'number') return;
  el.textContent = new Intl.NumberFormat(LOCALE[lang] || 'ru-RU', { maximumFractionDigits: 0 }).format(views);
}

function send(id: string, lang: string): void {
  const body = JSON.stringify({ id: Number(id) });
  const beacon = () => navigator.sendBeacon?.(URL_, body);
  if (typeof fetch !== 'function') {
    beacon();
    return;
  }
  fetch(URL_, { method: 'POST', keepalive: true, credentials: 'omit', headers: { 'content-type': 'application/json' }, body })
    .then((r) => (r.ok ? r.json() : null), () => {
      // The request never got an answer: the beacon may still go out (a repeat is not counted twice).
      beacon();
      return null;
    })
    .then((data: { views?: unknown } | null) => data && show(data.views, lang))
    .catch(() => {});
}

export function countView(): void {
  const article = document.querySelector<HTMLElement>('[data-article-id]');
  const id = article?.dataset.articleId;
  if (!article || !id) return;
  const lang = article.lang || document.documentElement.lang;
  const doc = document as Document & { prerendering?: boolean };
  let sent = false;
  const go = () => {
    if (sent || doc.prerendering || document.visibilityState === 'hidden') return;
    sent = true;
    document.removeEventListener('visibilitychange', go);
    send(id, lang);
  };
  document.addEventListener('prerenderingchange', go, { once: true });
  document.addEventListener('visibilitychange', go);
  go();
}

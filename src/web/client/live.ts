// The live day feed island: on a page whose day feed carries data-live, new headlines arrive over
// server-sent events and are put in place without a reload, highlighted for a moment and announced
// to screen readers through one polite live region. Without JavaScript the feed is simply the one
// the server rendered.
//
// Events (src/live/events.ts): add / update carry the feed's own <li> (and a whole day group for a
// day the page does not show yet), rendered by the server's component; remove carries the id.

interface ItemEvent {
  type: 'add' | 'update';
  id: number;
  lang: string;
  headline: string;
  publishedAt: string;
  day: string;
  item: string;
  group: string;
}

/** A page hidden this long stops listening; it catches up (Last-Event-ID) when shown again. */
const IDLE_HIDDEN_MS = 10 * 60_000;
const HIGHLIGHT_MS = 6000;
/** New items arriving within this time are announced together. */
const ANNOUNCE_BATCH_MS = 1500;

function fromHtml(html: string): HTMLElement | null {
  const t = document.createElement('template');
  t.innerHTML = html.trim();
  return t.content.firstElementChild as HTMLElement | null;
}

function timeOf(el: Element): number {
  return Date.parse(el.querySelector('time')?.getAttribute('datetime') || '') || 0;
}

export function startLiveFeed(): void {
  const feed = document.querySelector<HTMLElement>('[data-live]');
  if (!feed || typeof EventSource === 'undefined') return;
  const root: HTMLElement = feed;
  const url = root.dataset.live || '';
  const lang = document.documentElement.lang;
  let lastId = root.dataset.liveLast || '';
  // The page decided how long its feed is; new items push the oldest out.
  const limit = Math.max(root.querySelectorAll('.feed-item').length, 10);

  const region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', 'polite');
  document.body.appendChild(region);
  let pending: string[] = [];
  let announceTimer = 0;

  function announce(headline: string): void {
    pending.push(headline);
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      const label = pending.length > 1 ? root.dataset.liveNewMany : root.dataset.liveNew;
      region.textContent = `${label || 'New'}: ${pending.join('; ')}`;
      pending = [];
    }, ANNOUNCE_BATCH_MS);
  }

  function itemById(id: number): HTMLElement | null {
    return root.querySelector<HTMLElement>(`.feed-item[data-id="${id}"]`);
  }

  function groupOf(day: string): HTMLElement | null {
    for (const g of Array.from(root.querySelectorAll<HTMLElement>('.day-feed-group'))) {
      if (g.querySelector('.day-feed-title time')?.getAttribute('datetime') === day) return g;
    }
    return null;
  }

  /** Puts the item in its day's list, newest first; false when the page does not show that day. */
  function place(e: ItemEvent, li: HTMLElement): boolean {
    const group = groupOf(e.day);
    if (!group) {
      const first = root.querySelector<HTMLElement>('.day-feed-group');
      const firstDay = first?.querySelector('.day-feed-title time')?.getAttribute('datetime') || '';
      if (first && e.day < firstDay) return false;
      const fresh = fromHtml(e.group);
      if (!fresh) return false;
      if (first) root.insertBefore(fresh, first);
      else root.appendChild(fresh);
      const inserted = fresh.querySelector<HTMLElement>('.feed-item');
      if (inserted) inserted.replaceWith(li);
      return true;
    }
    let list = group.querySelector('.feed-list');
    if (!list) {
      // the day said "no news"; it has some now
      list = document.createElement('ol');
      list.className = 'feed-list';
      const empty = group.querySelector('.empty');
      if (empty) empty.replaceWith(list);
      else group.querySelector('.day-feed-title')?.after(list);
    }
    const at = timeOf(li);
    const before = Array.from(list.children).find((c) => timeOf(c) < at || (timeOf(c) === at && Number((c as HTMLElement).dataset.id) < e.id));
    list.insertBefore(li, before || null);
    return true;
  }

  /** Keeps the feed as long as the page made it: the oldest items (and emptied older days) go. */
  function trim(): void {
    const items = root.querySelectorAll('.feed-item');
    for (let i = items.length - 1; i >= limit; i--) {
      const group = items[i].closest('.day-feed-group');
      items[i].remove();
      if (group && group !== root.querySelector('.day-feed-group') && !group.querySelector('.feed-item')) group.remove();
    }
  }

  function onAdd(e: ItemEvent): void {
    const existing = itemById(e.id);
    if (existing && timeOf(existing) === Date.parse(e.publishedAt)) return; // already shown (a replay, or a second node)
    const li = fromHtml(e.item);
    if (!li) return;
    if (!place(e, li)) return;
    if (existing) existing.remove();
    else {
      li.classList.add('is-new');
      window.setTimeout(() => li.classList.remove('is-new'), HIGHLIGHT_MS);
      announce(e.headline);
    }
    trim();
  }

  function onUpdate(e: ItemEvent): void {
    const existing = itemById(e.id);
    const li = fromHtml(e.item);
    if (existing && li) existing.replaceWith(li);
  }

  let source: EventSource | null = null;
  let retryTimer = 0;
  let hiddenTimer = 0;

  function listen(type: string, handle: (data: any) => void): void {
    source?.addEventListener(type, (ev) => {
      const m = ev as MessageEvent<string>;
      if (m.lastEventId) lastId = m.lastEventId;
      let data: any;
      try {
        data = JSON.parse(m.data);
      } catch {
        return;
      }
      if (data && data.lang === lang) handle(data);
    });
  }

  function open(): void {
    if (source) return;
    window.clearTimeout(retryTimer);
    source = new EventSource(url + (lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : ''));
    listen('add', onAdd);
    listen('update', onUpdate);
    listen('remove', (e: { id: number }) => itemById(e.id)?.remove());
    source.onerror = () => {
      // The browser reconnects by itself after a network error; a refusal (503, 404) closes the
      // source for good, so try again later, at a random moment so refused readers do not return at once.
      if (source && source.readyState === EventSource.CLOSED) {
        close();
        retryTimer = window.setTimeout(open, 30_000 + Math.random() * 60_000);
      }
    };
  }

  function close(): void {
    source?.close();
    source = null;
  }

  // An open connection keeps a page out of the back-forward cache: close it on leaving, reopen on return.
  window.addEventListener('pagehide', () => {
    window.clearTimeout(retryTimer);
    close();
  });
  window.addEventListener('pageshow', (ev) => {
    if ((ev as PageTransitionEvent).persisted) open();
  });
  document.addEventListener('visibilitychange', () => {
    window.clearTimeout(hiddenTimer);
    if (document.visibilityState === 'hidden') hiddenTimer = window.setTimeout(close, IDLE_HIDDEN_MS);
    else open();
  });
  open();
}

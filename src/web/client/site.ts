// The reader pages' only script (a few hundred bytes minified). Everything works without it:
// it keeps the header clock ticking, makes the permalink copy button work, counts article views and keeps the day feed live.
import { countView } from './views.js';
import { startLiveFeed } from './live.js';

function tickClock(): void {
  const el = document.querySelector<HTMLElement>('[data-clock]');
  if (!el) return;
  const tz = el.dataset.tz || 'UTC';
  const lang = el.dataset.lang === 'en' ? 'en-GB' : el.dataset.lang === 'ky' ? 'ky-KG' : 'ru-RU';
  const timeEl = el.querySelector('[data-clock-time]');
  const timeEl2 = el.querySelector('time');
  const update = () => {
    const now = new Date();
    const parts: Record<string, string> = {};
    for (const p of new Intl.DateTimeFormat(lang, { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now)) parts[p.type] = p.value;
    if (timeEl && parts.hour) timeEl.textContent = `${parts.hour}:${parts.minute}`;
    if (timeEl2) timeEl2.setAttribute('datetime', now.toISOString());
  };
  update();
  window.setInterval(update, 30_000);
}

function copyButtons(): void {
  document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    if (!navigator.clipboard) return;
    button.hidden = false;
    const status = button.parentElement?.querySelector('[data-copy-status]');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(button.dataset.copy || '').then(() => {
        const label = button.dataset.copiedLabel || 'Copied';
        if (status) status.textContent = label;
        button.classList.add('is-done');
        window.setTimeout(() => {
          button.classList.remove('is-done');
          if (status) status.textContent = '';
        }, 2500);
      });
    });
  });
}

tickClock();
copyButtons();
countView();
startLiveFeed();

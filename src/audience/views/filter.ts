// Requests that are not a person reading: crawlers (the maintained isbot list), speculative loads
// (prefetch, prerender, link previews) and clients that do not even send a user agent.
import type { IncomingHttpHeaders } from 'node:http';
import { isbot } from 'isbot';

export type NotCounted = 'no-user-agent' | 'prefetch' | 'bot';

// The isbot pattern is one large regular expression; the same few browsers ask again and again.
const botMemo = new Map<string, boolean>();
const BOT_MEMO_MAX = 2000;

function isBotAgent(ua: string): boolean {
  let hit = botMemo.get(ua);
  if (hit === undefined) {
    hit = isbot(ua);
    if (botMemo.size >= BOT_MEMO_MAX) botMemo.clear();
    botMemo.set(ua, hit);
  }
  return hit;
}

function one(v: string | string[] | undefined): string {
  return Array.isArray(v) ? v.join(',') : (v ?? '');
}

/** Chrome: Sec-Purpose prefetch / prefetch;prerender (older: Purpose); Firefox: X-Moz; Safari previews: X-Purpose. */
export function isSpeculative(headers: IncomingHttpHeaders): boolean {
  return (
    /\b(prefetch|prerender)\b/i.test(one(headers['sec-purpose'])) ||
    /\b(prefetch|prerender)\b/i.test(one(headers['purpose'])) ||
    /\bprefetch\b/i.test(one(headers['x-moz'])) ||
    /\bpreview\b/i.test(one(headers['x-purpose']))
  );
}

/** Why this request is not counted, or null when it is a reader. */
export function notCounted(headers: IncomingHttpHeaders): NotCounted | null {
  const ua = one(headers['user-agent']).trim();
  if (!ua) return 'no-user-agent';
  if (isSpeculative(headers)) return 'prefetch';
  if (isBotAgent(ua)) return 'bot';
  return null;
}

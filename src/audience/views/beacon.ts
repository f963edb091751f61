// Reads the article id from a beacon body: JSON {"id": N} sent as application/json or as text/plain
// (what navigator.sendBeacon sends for a string), or a form "id=N". Anything else is a clear 4xx.

/** Article ids are PostgreSQL integers: larger numbers cannot name an article. */
const MAX_ID = 2_147_483_647;

export type BeaconId = { id: number } | { status: 400 | 415; error: string };

const bad = (error: string): BeaconId => ({ status: 400, error });

/** A positive whole number, given as a JSON number or as digits. */
export function articleId(v: unknown): BeaconId {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\d{1,10}$/.test(v)) n = Number(v);
  else return bad('"id" must be an article id (a positive whole number)');
  if (!Number.isInteger(n) || n < 1 || n > MAX_ID) return bad('"id" must be an article id (a positive whole number)');
  return { id: n };
}

export function beaconId(contentType: string | undefined, body: unknown): BeaconId {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (typeof body !== 'string' || body.trim() === '') return bad('the body must carry the article id, as {"id": 123}');
  if (type === 'application/x-www-form-urlencoded') {
    const ids = new URLSearchParams(body).getAll('id');
    if (ids.length !== 1) return bad('the form must carry exactly one "id"');
    return articleId(ids[0]);
  }
  if (type !== 'application/json' && type !== 'text/plain' && type !== '') {
    return { status: 415, error: 'send {"id": 123} as application/json or text/plain, or id=123 as a form' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return bad('the body is not valid JSON; send {"id": 123}');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return bad('the body must be a JSON object: {"id": 123}');
  if (!Object.hasOwn(parsed, 'id')) return bad('the body has no "id"');
  return articleId((parsed as { id: unknown }).id);
}

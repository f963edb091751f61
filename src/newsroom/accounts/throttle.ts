// Sign-in throttling. Every failed sign-in is written twice to login_failures: under the email that was
// typed ("email:…", known or not, so the lock tells nobody whether an account exists) and under the
// address it came from ("ip:…"). Five failures for one email, or twenty from one address, within
// 15 minutes lock that email or address for 15 minutes from the failure that tripped the lock.
// Refused attempts are not recorded, so a lock ends on time and the next 5 (or 20) failures are needed
// to lock again.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { normalizeEmail } from '../users/store.js';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const THROTTLE_LOCK_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type Lock = { scope: 'account' | 'address'; until: number };

export function emailKey(email: string): string {
  return `email:${normalizeEmail(email).slice(0, 254)}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip.slice(0, 64)}`;
}

/** The message shown on the sign-in page for a lock. */
export function lockMessage(lock: Lock, now: number): string {
  const minutes = Math.max(1, Math.ceil((lock.until - now) / 60_000));
  const n = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return lock.scope === 'account'
    ? `Too many failed sign-ins for this account. Try again in ${n}.`
    : `Too many failed sign-ins from your network address. Try again in ${n}.`;
}

export class LoginThrottle {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /** The lock on this email or address, if any (the one that ends last). */
  async lockFor(email: string, ip: string | null): Promise<Lock | null> {
    const account = await this.lockedUntil(emailKey(email), MAX_FAILURES_PER_ACCOUNT);
    const address = ip ? await this.lockedUntil(ipKey(ip), MAX_FAILURES_PER_ADDRESS) : 0;
    const now = this.now();
    if (account > now && account >= address) return { scope: 'account', until: account };
    if (address > now) return { scope: 'address', until: address };
    return null;
  }

  async recordFailure(email: string, ip: string | null): Promise<void> {
    const at = this.now();
    const rows = [{ key: emailKey(email), at }];
    if (ip) rows.push({ key: ipKey(ip), at });
    await this.db.insertInto('login_failures').values(rows).execute();
    // Keep the table small: nothing older than a window plus a lock can matter any more.
    await this.db.deleteFrom('login_failures').where('at', '<', at - THROTTLE_WINDOW_MS - THROTTLE_LOCK_MS).execute();
  }

  /** A successful sign-in forgives the account's earlier failures (not the address's). */
  async clearAccount(email: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('key', '=', emailKey(email)).execute();
  }

  /** When the lock on a key ends (0 when there is none): the latest failure that completed `max` failures within the window, plus the lock time. */
  private async lockedUntil(key: string, max: number): Promise<number> {
    const now = this.now();
    const rows = await this.db
      .selectFrom('login_failures')
      .where('key', '=', key)
      .where('at', '>', now - THROTTLE_WINDOW_MS - THROTTLE_LOCK_MS)
      .where('at', '<=', now)
      .select('at')
      .orderBy('at')
      .execute();
    const at = rows.map((r) => Number(r.at));
    let until = 0;
    for (let i = max - 1; i < at.length; i++) {
      if (at[i] - at[i - max + 1] <= THROTTLE_WINDOW_MS) until = Math.max(until, at[i] + THROTTLE_LOCK_MS);
    }
    return until;
  }
}

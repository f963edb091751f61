// One-time links: the first administrator's setup link, invitations and password resets. The link
// carries a random token; the table keeps only its SHA-256, when it expires and when it was used.
import type { Kysely } from 'kysely';
import type { Database, OneTimeLinkKind } from '../../store/schema.js';
import { randomToken, sha256 } from '../auth/secrets.js';

const HOUR = 3_600_000;

/** How long each kind of link stays valid. */
export const LINK_TTL_MS: Record<OneTimeLinkKind, number> = {
  setup: 24 * HOUR,
  invite: 7 * 24 * HOUR,
  reset: 24 * HOUR,
};

export interface OneTimeLink {
  id: number;
  kind: OneTimeLinkKind;
  userId: number | null;
  expiresAt: number;
  usedAt: number | null;
}

export type LinkState = { state: 'valid'; link: OneTimeLink } | { state: 'used' | 'expired'; link: OneTimeLink } | { state: 'unknown' };

/** The address a person opens: /newsroom/setup/<token>/, /newsroom/invite/<token>/, /newsroom/reset/<token>/. */
export function linkPath(kind: OneTimeLinkKind, token: string): string {
  return `/newsroom/${kind}/${token}/`;
}

export function linkUrl(baseUrl: string, kind: OneTimeLinkKind, token: string): string {
  return baseUrl.replace(/\/+$/, '') + linkPath(kind, token);
}

/** Tokens are base64url; anything else in the address is not ours (and is not looked up). */
export function isTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,100}$/.test(token);
}

export class OneTimeLinkStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /**
   * A new link. Older unused links of the same person (or older setup links) stop working: only the
   * newest link a person was given opens anything.
   */
  async create(kind: OneTimeLinkKind, userId: number | null): Promise<{ token: string; expiresAt: number }> {
    const token = randomToken();
    const now = this.now();
    const expiresAt = now + LINK_TTL_MS[kind];
    await this.db.transaction().execute(async (trx) => {
      let old = trx.updateTable('one_time_links').set({ used_at: now }).where('used_at', 'is', null);
      old = userId === null ? old.where('kind', '=', 'setup') : old.where('user_id', '=', userId);
      await old.execute();
      await trx.insertInto('one_time_links').values({ kind, user_id: userId, token_hash: sha256(token), expires_at: expiresAt, used_at: null, created_at: now }).execute();
    });
    return { token, expiresAt };
  }

  async find(token: string): Promise<LinkState> {
    if (!isTokenShaped(token)) return { state: 'unknown' };
    const row = await this.db.selectFrom('one_time_links').where('token_hash', '=', sha256(token)).selectAll().executeTakeFirst();
    if (!row) return { state: 'unknown' };
    const link: OneTimeLink = { id: row.id, kind: row.kind, userId: row.user_id, expiresAt: Number(row.expires_at), usedAt: row.used_at == null ? null : Number(row.used_at) };
    if (link.usedAt !== null) return { state: 'used', link };
    if (link.expiresAt <= this.now()) return { state: 'expired', link };
    return { state: 'valid', link };
  }

  /** Marks the link used; false when someone else used it first (two tabs, a replayed form). */
  async consume(id: number, trx: Kysely<Database> = this.db): Promise<boolean> {
    const now = this.now();
    const res = await trx.updateTable('one_time_links').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
    return Number(res.numUpdatedRows ?? 0) === 1;
  }

  /** Ends every unused link of a person (a password was set, the account was disabled). */
  async revokeForUser(userId: number, trx: Kysely<Database> = this.db): Promise<void> {
    await trx.updateTable('one_time_links').set({ used_at: this.now() }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
  }
}

// Personal API tokens for scripts and importers: "nd_" + 32 random characters, shown once, stored hashed.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { randomToken, sha256 } from './secrets.js';
import type { Staff } from './sessions.js';

export const TOKEN_PREFIX = 'nd_';

export class ApiTokenStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  async create(userId: number, name: string): Promise<{ id: number; token: string; prefix: string }> {
    const token = TOKEN_PREFIX + randomToken(24);
    const prefix = token.slice(0, 10);
    const row = await this.db
      .insertInto('api_tokens')
      .values({ user_id: userId, name: name.slice(0, 100) || 'token', token_hash: sha256(token), prefix, created_at: this.now(), last_used_at: null, revoked_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, token, prefix };
  }

  async lookup(token: string): Promise<Staff | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
    const row = await this.db
      .selectFrom('api_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .where('t.token_hash', '=', sha256(token))
      .where('t.revoked_at', 'is', null)
      .select(['t.id as token_id', 't.last_used_at', 'u.id', 'u.email', 'u.name', 'u.role', 'u.author_id', 'u.disabled'])
      .executeTakeFirst();
    if (!row || row.disabled) return null;
    const now = this.now();
    if (row.last_used_at == null || now - Number(row.last_used_at) > 60_000) {
      await this.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.token_id).execute();
    }
    return { id: row.id, email: row.email, name: row.name, role: row.role, authorId: row.author_id, via: 'token', sessionHash: null, csrf: null };
  }

  async list(userId: number) {
    return this.db.selectFrom('api_tokens').where('user_id', '=', userId).select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at']).orderBy('id', 'desc').execute();
  }

  async revoke(userId: number, id: number): Promise<boolean> {
    const res = await this.db.updateTable('api_tokens').set({ revoked_at: this.now() }).where('id', '=', id).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(res.numUpdatedRows ?? 0) > 0;
  }
}

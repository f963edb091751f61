// Newsroom sessions, kept in the database so they survive restarts, can be listed and revoked
// ("log out everywhere"). The cookie holds a random token; the table holds its SHA-256.
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database, Role } from '../../store/schema.js';
import { randomToken, sha256 } from './secrets.js';

export const SESSION_COOKIE = 'nd_session';
/** last_seen_at is written at most this often, so reading pages does not write on every request */
const TOUCH_EVERY_MS = 60_000;

export interface Staff {
  id: number;
  email: string;
  name: string;
  role: Role;
  authorId: number | null;
  /** how this request was authenticated: a browser session (needs CSRF tokens) or an API token */
  via: 'session' | 'token';
  /** the session's token hash (via session) */
  sessionHash: string | null;
  /** the session's CSRF token (via session) */
  csrf: string | null;
}

export interface SessionInfo {
  tokenHash: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  ip: string | null;
  userAgent: string | null;
}

export class SessionStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly config: Pick<Config, 'sessionIdleMs' | 'sessionMaxMs'>,
    private readonly now: () => number,
  ) {}

  async create(userId: number, ip: string | null, userAgent: string | null): Promise<{ token: string; csrf: string; expiresAt: number }> {
    const token = randomToken();
    const csrf = randomToken();
    const now = this.now();
    const expiresAt = now + Math.min(this.config.sessionIdleMs, this.config.sessionMaxMs);
    await this.db
      .insertInto('sessions')
      .values({ token_hash: sha256(token), user_id: userId, csrf_token: csrf, created_at: now, last_seen_at: now, expires_at: expiresAt, ip, user_agent: userAgent?.slice(0, 300) ?? null })
      .execute();
    return { token, csrf, expiresAt };
  }

  /** The signed-in person for a cookie token, or null when unknown, expired or disabled. Slides the idle expiry. */
  async lookup(token: string): Promise<Staff | null> {
    if (!token || token.length > 100) return null;
    const hash = sha256(token);
    const row = await this.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .where('s.token_hash', '=', hash)
      .select(['s.csrf_token', 's.created_at', 's.last_seen_at', 's.expires_at', 'u.id', 'u.email', 'u.name', 'u.role', 'u.author_id', 'u.disabled'])
      .executeTakeFirst();
    if (!row) return null;
    const now = this.now();
    if (Number(row.expires_at) <= now || row.disabled) {
      await this.db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
      return null;
    }
    if (now - Number(row.last_seen_at) >= TOUCH_EVERY_MS) {
      const expiresAt = Math.min(Number(row.created_at) + this.config.sessionMaxMs, now + this.config.sessionIdleMs);
      await this.db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('token_hash', '=', hash).execute();
    }
    return { id: row.id, email: row.email, name: row.name, role: row.role, authorId: row.author_id, via: 'session', sessionHash: hash, csrf: row.csrf_token };
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Ends every session of a user (log out everywhere, password change, disabling), optionally but one. */
  async revokeAll(userId: number, exceptHash?: string | null): Promise<number> {
    let q = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptHash) q = q.where('token_hash', '!=', exceptHash);
    const res = await q.executeTakeFirst();
    return Number(res.numDeletedRows ?? 0);
  }

  async list(userId: number): Promise<SessionInfo[]> {
    const rows = await this.db.selectFrom('sessions').where('user_id', '=', userId).where('expires_at', '>', this.now()).selectAll().orderBy('last_seen_at', 'desc').execute();
    return rows.map((r) => ({ tokenHash: r.token_hash, createdAt: Number(r.created_at), lastSeenAt: Number(r.last_seen_at), expiresAt: Number(r.expires_at), ip: r.ip, userAgent: r.user_agent }));
  }

  async pruneExpired(): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', this.now()).execute();
  }
}

// Newsroom accounts. Each user gets a byline (an authors row) so what they write is signed with their name.
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/lang.js';
import { slugify } from '../../i18n/slug.js';
import type { Database, Role } from '../../store/schema.js';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  authorId: number | null;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: number;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}

export class UserStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly langs: readonly Lang[],
    private readonly now: () => number,
  ) {}

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Creates the account and its byline. Throws when the email is taken. */
  async create(input: { email: string; name: string; role: Role; passwordHash?: string | null }): Promise<UserRow> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    const now = this.now();
    return this.db.transaction().execute(async (trx) => {
      const taken = await trx.selectFrom('users').where('email', '=', email).select('id').executeTakeFirst();
      if (taken) throw new UserExistsError(email);
      const base = slugify(name, 60);
      let slug = base;
      for (let n = 2; await trx.selectFrom('authors').where('slug', '=', slug).select('id').executeTakeFirst(); n++) slug = `${base}-${n}`;
      const author = await trx.insertInto('authors').values({ slug, created_at: now }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('author_i18n').values(this.langs.map((lang) => ({ author_id: author.id, lang, name, bio: null }))).execute();
      const user = await trx
        .insertInto('users')
        .values({ email, name, role: input.role, author_id: author.id, password_hash: input.passwordHash ?? null, disabled: 0, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: user.id, email, name, role: input.role, authorId: author.id, disabled: false, hasPassword: Boolean(input.passwordHash), createdAt: now };
    });
  }

  async byEmail(email: string): Promise<(UserRow & { passwordHash: string | null }) | null> {
    const row = await this.db.selectFrom('users').where('email', '=', normalizeEmail(email)).selectAll().executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async byId(id: number): Promise<(UserRow & { passwordHash: string | null }) | null> {
    const row = await this.db.selectFrom('users').where('id', '=', id).selectAll().executeTakeFirst();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async list(): Promise<UserRow[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('name').execute();
    return rows.map(toUser);
  }

  async setPassword(id: number, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash, updated_at: this.now() }).where('id', '=', id).execute();
  }

  async setRole(id: number, role: Role): Promise<void> {
    await this.db.updateTable('users').set({ role, updated_at: this.now() }).where('id', '=', id).execute();
  }

  async setDisabled(id: number, disabled: boolean): Promise<void> {
    await this.db.updateTable('users').set({ disabled: disabled ? 1 : 0, updated_at: this.now() }).where('id', '=', id).execute();
  }

  /** Administrators who can still sign in (the last one may not be disabled or demoted). */
  async countActiveAdministrators(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .where('role', '=', 'administrator')
      .where('disabled', '=', 0)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** When each user last signed in (from the audit log, which outlives sessions), by user id. */
  async lastSignIns(): Promise<Map<number, number>> {
    const rows = await this.db
      .selectFrom('audit_log')
      .where('action', 'in', ['login', 'setup'])
      .where('user_id', 'is not', null)
      .groupBy('user_id')
      .select((eb) => ['user_id', eb.fn.max('at').as('at')])
      .execute();
    return new Map(rows.map((r) => [Number(r.user_id), Number(r.at)]));
  }
}

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`);
  }
}

function toUser(row: Database['users'] extends infer T ? { [K in keyof T]: any } : never): UserRow {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    authorId: row.author_id,
    disabled: Boolean(row.disabled),
    hasPassword: Boolean(row.password_hash),
    createdAt: Number(row.created_at),
  };
}

// Account rules shared by the newsroom pages and the `newsdesk user` / `newsdesk token` commands:
// inviting, reset links, roles, disabling, API tokens, each written to the audit log.
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database, Role } from '../../store/schema.js';
import { audit } from '../audit/log.js';
import { ApiTokenStore } from '../auth/api-tokens.js';
import { hashPassword, passwordProblem } from '../auth/passwords.js';
import { isRole, ROLES } from '../auth/roles.js';
import { SessionStore } from '../auth/sessions.js';
import { isPlausibleEmail, normalizeEmail, UserExistsError, UserStore, type UserRow } from '../users/store.js';
import { linkUrl, OneTimeLinkStore } from './links.js';

export const MAX_NAME_LENGTH = 100;
export const MAX_TOKEN_NAME_LENGTH = 100;

/** Who is acting: a signed-in person, or the command line (null user). */
export interface Actor {
  user: { id: number; name: string } | null;
  ip: string | null;
  /** written into the entry's details when nobody is signed in, e.g. "command line" */
  via?: string;
}

export const CLI_ACTOR: Actor = { user: null, ip: null, via: 'command line' };

/** A rule was broken (the last administrator, a taken email); the message is shown as it is. */
export class AccountRuleError extends Error {
  constructor(
    message: string,
    /** the form field the message belongs next to */
    readonly field?: string,
  ) {
    super(message);
  }
}

export type FieldErrors = Partial<Record<'name' | 'email' | 'role' | 'password' | 'password2', string>>;

export function checkName(name: string): string | undefined {
  const n = name.trim();
  if (!n) return 'Enter a name.';
  if (n.length > MAX_NAME_LENGTH) return `The name may have at most ${MAX_NAME_LENGTH} characters.`;
  return undefined;
}

export function checkEmail(email: string): string | undefined {
  const e = normalizeEmail(email);
  if (!e) return 'Enter an email address.';
  if (!isPlausibleEmail(e)) return 'Enter an email address like name@example.com.';
  return undefined;
}

export function checkRole(role: string): string | undefined {
  return isRole(role) ? undefined : `Choose a role: ${ROLES.join(', ')}.`;
}

/** Problems with a new password typed twice. */
export function checkNewPassword(password: string, again: string): FieldErrors {
  const problem = passwordProblem(password);
  if (problem) return { password: problem };
  if (password !== again) return { password2: 'The two passwords are not the same.' };
  return {};
}

export class AccountService {
  readonly users: UserStore;
  readonly links: OneTimeLinkStore;
  readonly tokens: ApiTokenStore;
  readonly sessions: SessionStore;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly config: Pick<Config, 'langs' | 'baseUrl' | 'sessionIdleMs' | 'sessionMaxMs'>,
    private readonly now: () => number,
    stores: { sessions?: SessionStore; tokens?: ApiTokenStore } = {},
  ) {
    this.users = new UserStore(db, config.langs, now);
    this.links = new OneTimeLinkStore(db, now);
    this.tokens = stores.tokens ?? new ApiTokenStore(db, now);
    this.sessions = stores.sessions ?? new SessionStore(db, config, now);
  }

  private log(actor: Actor, entry: Omit<Parameters<typeof audit>[1], 'user' | 'ip' | 'at'>) {
    const details = actor.via ? { via: actor.via, ...(entry.details ?? {}) } : entry.details;
    return audit(this.db, { ...entry, details, user: actor.user, ip: actor.ip, at: this.now() });
  }

  private async userOrThrow(id: number): Promise<UserRow> {
    const user = await this.users.byId(id);
    if (!user) throw new AccountRuleError('There is no such user.');
    return user;
  }

  private async create(input: { name: string; email: string; role: Role; passwordHash: string | null }): Promise<UserRow> {
    try {
      return await this.users.create(input);
    } catch (err) {
      if (err instanceof UserExistsError) throw new AccountRuleError(`A user with the email ${normalizeEmail(input.email)} already exists.`, 'email');
      throw err;
    }
  }

  /** A new user without a password, and the one-time link (7 days) on which they choose it. */
  async invite(input: { name: string; email: string; role: Role }, actor: Actor): Promise<{ user: UserRow; url: string; expiresAt: number }> {
    const user = await this.create({ ...input, passwordHash: null });
    const { token, expiresAt } = await this.links.create('invite', user.id);
    await this.log(actor, { action: 'user.invite', target: user.email, details: { name: user.name, role: user.role } });
    return { user, url: linkUrl(this.config.baseUrl, 'invite', token), expiresAt };
  }

  /** A new user with a password given now (the command line's --password-stdin). */
  async createWithPassword(input: { name: string; email: string; role: Role; password: string }, actor: Actor): Promise<UserRow> {
    const problem = passwordProblem(input.password);
    if (problem) throw new AccountRuleError(problem, 'password');
    const user = await this.create({ name: input.name, email: input.email, role: input.role, passwordHash: await hashPassword(input.password) });
    await this.log(actor, { action: 'user.create', target: user.email, details: { name: user.name, role: user.role } });
    return user;
  }

  /** A one-time link (24 hours) on which the user chooses a new password; earlier links stop working. */
  async resetLink(userId: number, actor: Actor): Promise<{ user: UserRow; url: string; expiresAt: number; kind: 'invite' | 'reset' }> {
    const user = await this.userOrThrow(userId);
    if (user.disabled) throw new AccountRuleError(`${user.name} is disabled; enable the account before sending a password link.`);
    // Someone who never set a password gets a fresh invitation (7 days) rather than a reset.
    const kind: 'invite' | 'reset' = user.hasPassword ? 'reset' : 'invite';
    const { token, expiresAt } = await this.links.create(kind, user.id);
    await this.log(actor, { action: 'password.reset', target: user.email, details: { link: kind } });
    return { user, url: linkUrl(this.config.baseUrl, kind, token), expiresAt, kind };
  }

  /** Sets a password directly (the command line); ends the user's sessions and unused links. */
  async setPassword(userId: number, password: string, actor: Actor): Promise<UserRow> {
    const problem = passwordProblem(password);
    if (problem) throw new AccountRuleError(problem, 'password');
    const user = await this.userOrThrow(userId);
    await this.users.setPassword(user.id, await hashPassword(password));
    await this.sessions.revokeAll(user.id);
    await this.links.revokeForUser(user.id);
    await this.log(actor, { action: 'password.reset', target: user.email, details: { link: 'none' } });
    return user;
  }

  private async refuseLastAdministrator(user: UserRow, doing: string): Promise<void> {
    if (user.role !== 'administrator' || user.disabled) return;
    if ((await this.users.countActiveAdministrators()) <= 1) {
      throw new AccountRuleError(`${user.name} is the last active administrator and cannot be ${doing}. Make someone else an administrator first.`);
    }
  }

  async setRole(userId: number, role: Role, actor: Actor): Promise<UserRow> {
    const user = await this.userOrThrow(userId);
    if (user.role === role) return user;
    if (role !== 'administrator') await this.refuseLastAdministrator(user, 'given another role');
    await this.users.setRole(user.id, role);
    await this.log(actor, { action: 'user.role', target: user.email, details: { from: user.role, to: role } });
    return { ...user, role };
  }

  /** Disabling ends the user's sessions and unused links; their API tokens stop working while disabled. */
  async setDisabled(userId: number, disabled: boolean, actor: Actor): Promise<UserRow> {
    const user = await this.userOrThrow(userId);
    if (user.disabled === disabled) return user;
    if (disabled) await this.refuseLastAdministrator(user, 'disabled');
    await this.users.setDisabled(user.id, disabled);
    if (disabled) {
      await this.sessions.revokeAll(user.id);
      await this.links.revokeForUser(user.id);
    }
    await this.log(actor, { action: disabled ? 'user.disable' : 'user.enable', target: user.email });
    return { ...user, disabled };
  }

  async createToken(userId: number, name: string, actor: Actor): Promise<{ id: number; token: string; prefix: string; name: string }> {
    const user = await this.userOrThrow(userId);
    const clean = name.trim().slice(0, MAX_TOKEN_NAME_LENGTH) || 'token';
    const made = await this.tokens.create(user.id, clean);
    await this.log(actor, { action: 'token.create', target: user.email, details: { name: clean, prefix: made.prefix } });
    return { ...made, name: clean };
  }

  async revokeToken(userId: number, tokenId: number, actor: Actor): Promise<boolean> {
    const row = await this.db.selectFrom('api_tokens').where('id', '=', tokenId).where('user_id', '=', userId).select(['name', 'prefix']).executeTakeFirst();
    if (!row || !(await this.tokens.revoke(userId, tokenId))) return false;
    const user = await this.userOrThrow(userId);
    await this.log(actor, { action: 'token.revoke', target: user.email, details: { name: row.name, prefix: row.prefix } });
    return true;
  }
}

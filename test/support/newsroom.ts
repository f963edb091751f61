// Newsroom test helpers: users of each role with a session (cookie + CSRF token) or an API token,
// created straight in the store so tests of one feature do not depend on the sign-in pages.
import type { Role } from '../../src/store/schema.js';
import { ApiTokenStore } from '../../src/newsroom/auth/api-tokens.js';
import { hashPassword } from '../../src/newsroom/auth/passwords.js';
import { SESSION_COOKIE, SessionStore } from '../../src/newsroom/auth/sessions.js';
import { UserStore } from '../../src/newsroom/users/store.js';
import type { TestApp } from './app.js';

export const TEST_PASSWORD = 'correct horse battery';

let seq = 0;

export interface TestStaff {
  id: number;
  email: string;
  name: string;
  role: Role;
  authorId: number | null;
  password: string;
  /** Cookie header value for a signed-in browser session */
  cookie: string;
  /** the session's CSRF token: send as x-csrf-token or the _csrf form field */
  csrf: string;
  /** personal API token: send as Authorization: Bearer … */
  token: string;
  /** headers for a JSON API call made with the API token */
  api: Record<string, string>;
  /** headers for a request made by the signed-in browser (cookie + CSRF header) */
  browser: Record<string, string>;
}

const hashes = new Map<string, Promise<string>>();

export async function createStaff(t: TestApp, role: Role, opts: { name?: string; email?: string; password?: string } = {}): Promise<TestStaff> {
  const n = ++seq;
  const password = opts.password ?? TEST_PASSWORD;
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const users = new UserStore(t.store.db, t.config.langs, Date.now);
  const name = opts.name ?? `${role[0].toUpperCase()}${role.slice(1)} ${n} ${process.pid}`;
  const email = opts.email ?? `${role}-${n}-${process.pid}@newsroom.test`;
  const user = await users.create({ email, name, role, passwordHash: await hashes.get(password)! });
  const sessions = new SessionStore(t.store.db, t.config, Date.now);
  const session = await sessions.create(user.id, '127.0.0.1', 'vitest');
  const { token } = await new ApiTokenStore(t.store.db, Date.now).create(user.id, 'tests');
  const cookie = `${SESSION_COOKIE}=${session.token}`;
  return {
    id: user.id,
    email,
    name,
    role,
    authorId: user.authorId,
    password,
    cookie,
    csrf: session.csrf,
    token,
    api: { authorization: `Bearer ${token}` },
    browser: { cookie, 'x-csrf-token': session.csrf },
  };
}

/** One user of every role. */
export async function createNewsroom(t: TestApp): Promise<Record<Role, TestStaff>> {
  return {
    administrator: await createStaff(t, 'administrator'),
    editor: await createStaff(t, 'editor'),
    author: await createStaff(t, 'author'),
    translator: await createStaff(t, 'translator'),
  };
}

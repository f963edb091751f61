// `newsdesk user …` and `newsdesk token …`: newsroom accounts from the command line. What a script
// needs (a link, a token) goes alone to standard output; explanations go to standard error.
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { AccountRuleError, AccountService, checkEmail, checkName, CLI_ACTOR } from '../newsroom/accounts/service.js';
import { isRole, ROLES } from '../newsroom/auth/roles.js';
import { normalizeEmail, type UserRow } from '../newsroom/users/store.js';
import type { Store } from '../store/db.js';

export const USERS_HELP = `  user create --email E --name N --role R [--password-stdin]
                     add a newsroom user (role: ${ROLES.join(', ')}); prints a one-time link
                     (7 days) on which they choose a password, or with --password-stdin reads
                     the password from standard input
  user reset-password --email E [--password-stdin]
                     print a one-time link (24 hours) to choose a new password, or set it from
                     standard input; either way the user's sessions end
  user list          every user with role and status
  user disable --email E    sign the user out everywhere and refuse their sign-ins and API tokens
  user enable --email E     let a disabled user in again
  token create --email E [--name N]
                     print a new personal API token for the newsroom API (shown only once)`;

export class UsersUsageError extends Error {}

function usage(msg: string): never {
  throw new UsersUsageError(`${msg}. Run "newsdesk help".`);
}

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  'password-stdin': { type: 'boolean' },
} as const;

const ALLOWED: Record<string, Record<string, Array<keyof typeof OPTIONS>>> = {
  user: {
    create: ['email', 'name', 'role', 'password-stdin'],
    'reset-password': ['email', 'password-stdin'],
    list: [],
    disable: ['email'],
    enable: ['email'],
  },
  token: { create: ['email', 'name'] },
};

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Type the password, then press Enter and Ctrl-D:\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  // One trailing newline is the end of the line (echo, a here-string), not part of the password.
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (!password) throw new UsersUsageError('No password on standard input (--password-stdin reads it from there, e.g. printf %s "$PASSWORD" | newsdesk …)');
  if (/[\r\n]/.test(password)) throw new UsersUsageError('The password on standard input has more than one line');
  return password;
}

function status(u: UserRow): string {
  return u.disabled ? 'disabled' : u.hasPassword ? 'active' : 'invited';
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
}

function untilText(expiresAt: number): string {
  return new Date(expiresAt).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** `newsdesk user <sub>` and `newsdesk token <sub>` (group is "user" or "token"). */
export async function usersCommand(group: 'user' | 'token', args: string[], config: Config, open: () => Promise<Store>): Promise<number> {
  const [sub, ...rest] = args;
  const subs = ALLOWED[group];
  if (!sub || !(sub in subs)) {
    const list = Object.keys(subs).join(', ');
    usage(sub ? `Unknown ${group} command "${sub}" (${list})` : `Say what to do: ${group} ${list}`);
  }
  const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: true });
  if (positionals.length) usage(`${group} ${sub} takes no arguments ("${positionals[0]}"); values go after options like --email`);
  for (const k of Object.keys(values)) if (!subs[sub].includes(k as keyof typeof OPTIONS)) usage(`${group} ${sub} takes no --${k}`);

  const needEmail = (): string => {
    if (values.email === undefined) usage(`${group} ${sub} needs --email`);
    const problem = checkEmail(values.email);
    if (problem) usage(`--email "${values.email}": ${problem.replace(/\.$/, '')}`);
    return normalizeEmail(values.email);
  };

  // Check everything that can be checked before touching the database or standard input.
  let email = '';
  if (sub !== 'list') email = needEmail();
  let name = '';
  let role = '';
  if (group === 'user' && sub === 'create') {
    if (values.name === undefined) usage('user create needs --name');
    const problem = checkName(values.name);
    if (problem) usage(`--name: ${problem.replace(/\.$/, '')}`);
    name = values.name.trim();
    if (values.role === undefined) usage(`user create needs --role (${ROLES.join(', ')})`);
    if (!isRole(values.role)) usage(`--role "${values.role}" is not a role (${ROLES.join(', ')})`);
    role = values.role;
  }
  if (group === 'token' && values.name !== undefined && !values.name.trim()) usage('--name is empty');
  const password = values['password-stdin'] ? await readPassword() : null;

  const store = await open();
  try {
    const accounts = new AccountService(store.db, config, Date.now);
    const find = async (): Promise<UserRow> => {
      const user = await accounts.users.byEmail(email);
      if (!user) throw new UsersUsageError(`There is no user with the email ${email}; "newsdesk user list" shows everyone`);
      return user;
    };
    try {
      if (group === 'token') {
        const user = await find();
        if (user.disabled) throw new UsersUsageError(`${user.email} is disabled; its tokens would not work. Run "newsdesk user enable --email ${user.email}" first`);
        const made = await accounts.createToken(user.id, values.name ?? 'command line', CLI_ACTOR);
        console.error(`API token "${made.name}" for ${user.name} <${user.email}> (${user.role}). It is shown only now; send it as "Authorization: Bearer <token>":`);
        console.log(made.token);
        return 0;
      }
      switch (sub) {
        case 'create': {
          if (!isRole(role)) return 1;
          if (password !== null) {
            const user = await accounts.createWithPassword({ email, name, role, password }, CLI_ACTOR);
            console.error(`Created ${user.role} ${user.name} <${user.email}> with the password from standard input; they can sign in at ${config.baseUrl}/newsroom/login/`);
            return 0;
          }
          const { user, url, expiresAt } = await accounts.invite({ email, name, role }, CLI_ACTOR);
          console.error(`Created ${user.role} ${user.name} <${user.email}>. Give them this link to choose a password (works once, until ${untilText(expiresAt)}):`);
          console.log(url);
          return 0;
        }
        case 'reset-password': {
          const user = await find();
          if (password !== null) {
            await accounts.setPassword(user.id, password, CLI_ACTOR);
            console.error(`New password set for ${user.name} <${user.email}>; their sessions have ended.`);
            return 0;
          }
          const { url, expiresAt, kind } = await accounts.resetLink(user.id, CLI_ACTOR);
          console.error(
            kind === 'reset'
              ? `Password reset link for ${user.name} <${user.email}> (works once, until ${untilText(expiresAt)}):`
              : `${user.name} <${user.email}> has never set a password; a new invitation link (works once, until ${untilText(expiresAt)}):`,
          );
          console.log(url);
          return 0;
        }
        case 'list': {
          const users = await accounts.users.list();
          if (!users.length) {
            console.error('There are no users yet. Create one with "newsdesk user create --email E --name N --role administrator".');
            return 0;
          }
          console.log(table([['EMAIL', 'NAME', 'ROLE', 'STATUS'], ...users.map((u) => [u.email, u.name, u.role, status(u)])]));
          return 0;
        }
        case 'disable':
        case 'enable': {
          const user = await find();
          const disable = sub === 'disable';
          if (user.disabled === disable) {
            console.error(`${user.email} is already ${disable ? 'disabled' : 'enabled'}.`);
            return 0;
          }
          await accounts.setDisabled(user.id, disable, CLI_ACTOR);
          console.error(disable ? `Disabled ${user.email}: signed out everywhere; sign-ins and API tokens are refused.` : `Enabled ${user.email}: they can sign in again.`);
          return 0;
        }
      }
      return 1;
    } catch (err) {
      if (err instanceof AccountRuleError) throw new UsersUsageError(err.message.replace(/\.$/, ''));
      throw err;
    }
  } finally {
    await store.close();
  }
}

// `newsdesk user …` and `newsdesk token …` as an operator uses them, run as processes against a real
// server on an empty SQLite database: the setup link printed by `serve`, users made from the command
// line (with --password-stdin), and a token that works against the newsroom API.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
// Built into a folder of its own: test/unit/cli.test.ts builds dist/cli.js at the same time.
const outdir = path.join(root, 'dist', `test-cli-users-${process.pid}`);
const cli = path.join(outdir, 'cli.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-users-'));
let port = 0;
let baseUrl = '';
let server: ChildProcess | null = null;
let serverErr = '';

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH!, DATA_DIR: dataDir, PORT: String(port), BASE_URL: baseUrl, DEMO_ON_EMPTY: 'false', RATES_FETCH: 'off', SCHEDULER: 'off', LOG_LEVEL: 'warn', ...extra };
}

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: os.tmpdir(), env: env(), input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

async function waitFor(test: () => boolean, what: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; server said: ${serverErr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Signs in over HTTP like a browser: the form's CSRF cookie and token, then the POST. */
async function signIn(email: string, password: string): Promise<number> {
  const form = await fetch(`${baseUrl}/newsroom/login/`);
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
  const res = await fetch(`${baseUrl}/newsroom/login/`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  return res.status;
}

function me(token: string) {
  return fetch(`${baseUrl}/api/v1/newsroom/me`, { headers: { authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    jsxFactory: 'h',
    jsxFragment: 'Fragment',
  });
  port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('newsdesk user and token', () => {
  it('are in the help', { timeout: 60_000 }, () => {
    const r = run(['help']);
    expect(r.code).toBe(0);
    for (const line of ['user create --email E --name N --role R [--password-stdin]', 'user reset-password --email E', 'user list', 'user disable --email E', 'user enable --email E', 'token create --email E [--name N]']) {
      expect(r.out).toContain(line);
    }
    expect(run(['user', '--help']).code).toBe(0);
  });

  it('fail with one clear line and exit code 1 on bad input', { timeout: 180_000 }, () => {
    const cases: Array<[string[], RegExp]> = [
      [['user'], /^newsdesk: Say what to do: user create, reset-password, list, disable, enable\. Run "newsdesk help"\.$/],
      [['user', 'frob'], /^newsdesk: Unknown user command "frob"/],
      [['user', 'create', '--email', 'a@b.test', '--role', 'author'], /^newsdesk: user create needs --name/],
      [['user', 'create', '--email', 'not-an-email', '--name', 'N', '--role', 'author'], /^newsdesk: --email "not-an-email": Enter an email address like name@example\.com/],
      [['user', 'create', '--email', 'a@b.test', '--name', 'N', '--role', 'boss'], /^newsdesk: --role "boss" is not a role \(administrator, editor, author, translator\)/],
      [['user', 'list', '--email', 'a@b.test'], /^newsdesk: user list takes no --email/],
      [['user', 'disable'], /^newsdesk: user disable needs --email/],
      [['user', 'create', '--bogus'], /^newsdesk: Unknown option '--bogus'/],
      [['token', 'create'], /^newsdesk: token create needs --email/],
      [['token', 'revoke'], /^newsdesk: Unknown token command "revoke"/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err.trim()).toMatch(message);
    }
  });

  it('serve prints a setup link on an empty database; users and tokens made from the command line work', { timeout: 400_000 }, async () => {
    expect(run(['migrate']).code).toBe(0);
    server = spawn(process.execPath, [cli, 'serve'], { cwd: os.tmpdir(), env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    server.stderr!.on('data', (d) => (serverErr += String(d)));
    server.stdout!.on('data', (d) => (serverErr += String(d)));
    await waitFor(() => /Newsroom setup: open \S+ to create the first administrator/.test(serverErr), 'the setup link');
    const setupLine = serverErr.split('\n').filter((l) => l.startsWith('Newsroom setup:'));
    expect(setupLine).toHaveLength(1);
    const setupUrl = /open (\S+) to create/.exec(setupLine[0])![1];
    expect(setupUrl).toMatch(new RegExp(`^${baseUrl}/newsroom/setup/[\\w-]{43}/$`));
    expect((await fetch(setupUrl)).status).toBe(200);

    // an administrator with a password from standard input (no password anywhere else)
    const admin = run(['user', 'create', '--email', 'Chief@Agency.test', '--name', 'Chief Admin', '--role', 'administrator', '--password-stdin'], 'a very long passphrase\n');
    expect(admin.code, admin.err).toBe(0);
    expect(admin.out).toBe('');
    expect(admin.err).toContain('Created administrator Chief Admin <chief@agency.test>');
    expect(await signIn('chief@agency.test', 'a very long passphrase')).toBe(303);
    expect(await signIn('chief@agency.test', 'a very long passphrase\n')).toBe(400);
    // users exist: the setup link is refused
    expect((await fetch(setupUrl)).status).toBe(410);

    // an editor with a link to choose the password
    const editor = run(['user', 'create', '--email', 'editor@agency.test', '--name', 'Desk Editor', '--role', 'editor']);
    expect(editor.code, editor.err).toBe(0);
    const invite = editor.out.trim();
    expect(invite).toMatch(new RegExp(`^${baseUrl}/newsroom/invite/[\\w-]{43}/$`));
    const invitePage = await fetch(invite);
    expect(invitePage.status).toBe(200);
    expect(await invitePage.text()).toContain('Desk Editor');

    const dup = run(['user', 'create', '--email', 'EDITOR@agency.test', '--name', 'Again', '--role', 'author']);
    expect(dup.code).toBe(1);
    expect(dup.err.trim()).toBe('newsdesk: A user with the email editor@agency.test already exists');
    const short = run(['user', 'create', '--email', 'short@agency.test', '--name', 'Short', '--role', 'author', '--password-stdin'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.err.trim()).toBe('newsdesk: The password must have at least 10 characters');
    const none = run(['user', 'create', '--email', 'none@agency.test', '--name', 'None', '--role', 'author', '--password-stdin'], '');
    expect(none.code).toBe(1);
    expect(none.err.trim()).toMatch(/^newsdesk: No password on standard input/);

    const list = run(['user', 'list']);
    expect(list.code).toBe(0);
    const lines = list.out.trim().split('\n');
    expect(lines[0]).toMatch(/^EMAIL\s+NAME\s+ROLE\s+STATUS$/);
    expect(lines.find((l) => l.startsWith('chief@agency.test'))).toMatch(/Chief Admin\s+administrator\s+active$/);
    expect(lines.find((l) => l.startsWith('editor@agency.test'))).toMatch(/Desk Editor\s+editor\s+invited$/);

    // reset links: a reset for someone with a password, a fresh invitation for someone without
    const reset = run(['user', 'reset-password', '--email', 'chief@agency.test']);
    expect(reset.code).toBe(0);
    expect(reset.out.trim()).toMatch(new RegExp(`^${baseUrl}/newsroom/reset/[\\w-]{43}/$`));
    expect((await fetch(reset.out.trim())).status).toBe(200);
    const reinvite = run(['user', 'reset-password', '--email', 'editor@agency.test']);
    expect(reinvite.out.trim()).toMatch(/\/newsroom\/invite\//);
    expect((await fetch(invite)).status).toBe(410); // the older invitation stopped working
    expect(run(['user', 'reset-password', '--email', 'ghost@agency.test']).err.trim()).toMatch(/^newsdesk: There is no user with the email ghost@agency\.test/);

    // a token, printed once on standard output, that works against the newsroom API
    const tok = run(['token', 'create', '--email', 'chief@agency.test', '--name', 'importer']);
    expect(tok.code, tok.err).toBe(0);
    const token = tok.out.trim();
    expect(token).toMatch(/^nd_[\w-]{32}$/);
    const res = await me(token);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ email: 'chief@agency.test', role: 'administrator', via: 'token' });

    // the last active administrator cannot be disabled
    const last = run(['user', 'disable', '--email', 'chief@agency.test']);
    expect(last.code).toBe(1);
    expect(last.err.trim()).toMatch(/^newsdesk: Chief Admin is the last active administrator/);
    expect(run(['user', 'create', '--email', 'second@agency.test', '--name', 'Second Admin', '--role', 'administrator', '--password-stdin'], 'second long passphrase').code).toBe(0);
    const disabled = run(['user', 'disable', '--email', 'chief@agency.test']);
    expect(disabled.code, disabled.err).toBe(0);
    expect((await me(token)).status).toBe(401);
    expect(await signIn('chief@agency.test', 'a very long passphrase')).toBe(403);
    expect(run(['user', 'list']).out).toMatch(/chief@agency\.test\s+Chief Admin\s+administrator\s+disabled/);
    expect(run(['token', 'create', '--email', 'chief@agency.test']).code).toBe(1);
    expect(run(['user', 'enable', '--email', 'chief@agency.test']).code).toBe(0);
    expect((await me(token)).status).toBe(200);

    // a new password from standard input ends the sessions
    expect(run(['user', 'reset-password', '--email', 'chief@agency.test', '--password-stdin'], 'an even longer passphrase\n').code).toBe(0);
    expect(await signIn('chief@agency.test', 'a very long passphrase')).toBe(400);
    expect(await signIn('chief@agency.test', 'an even longer passphrase')).toBe(303);

    // restarting the server with users prints no setup link
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    serverErr = '';
    server = spawn(process.execPath, [cli, 'serve'], { cwd: os.tmpdir(), env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    server.stderr!.on('data', (d) => (serverErr += String(d)));
    await waitFor(() => serverErr.includes('Newsdesk is serving'), 'the server');
    await new Promise((r) => setTimeout(r, 300));
    expect(serverErr).not.toContain('Newsroom setup');
  });
});

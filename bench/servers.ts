// The processes under test: the real site server (node dist/cli.js serve, with the page cache on or
// off) and the raw node:http baseline that replays one captured response byte for byte.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { round } from './measure.js';
import { ProcSampler } from './proc-sampler.js';
import { captureOutput, fetchRaw, freePort, stopChild, track, waitForHealth, type Fetched } from './processes.js';

export interface SiteServer {
  name: string;
  child: ChildProcess;
  base: string;
  sampler: ProcSampler;
  output: ReturnType<typeof captureOutput>;
  startupSeconds: number;
  idleRssMb: number;
}

/** Starts `node dist/cli.js serve` with this environment on a free port and waits for /healthz. */
export async function startSiteServer(opts: {
  name: string;
  cliPath: string;
  root: string;
  env: Record<string, string>;
  /** write a V8 CPU profile (node --cpu-prof) into this folder when the server stops */
  cpuProfDir?: string | null;
  /** extra node flags (BENCH_NODE_FLAGS) */
  nodeFlags?: string[];
}): Promise<SiteServer> {
  const port = await freePort();
  const nodeArgs: string[] = [...(opts.nodeFlags ?? [])];
  if (opts.cpuProfDir) {
    mkdirSync(opts.cpuProfDir, { recursive: true });
    nodeArgs.push('--cpu-prof', '--cpu-prof-dir', opts.cpuProfDir, '--cpu-prof-name', `${opts.name.replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`);
  }
  const child = track(
    spawn(process.execPath, [...nodeArgs, opts.cliPath, 'serve'], {
      cwd: opts.root,
      env: { ...process.env, ...opts.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const output = captureOutput(child);
  const base = `http://127.0.0.1:${port}`;
  let startupSeconds: number;
  try {
    startupSeconds = await waitForHealth(base, child, output);
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  const sampler = new ProcSampler(child.pid!);
  sampler.start();
  return { name: opts.name, child, base, sampler, output, startupSeconds, idleRssMb: round(sampler.rssKb() / 1024, 1) };
}

/** headers node:http writes itself (or that describe the transfer rather than the response) */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export interface BaselineServer {
  child: ChildProcess;
  url: string;
  sampler: ProcSampler;
}

/** Every header but Date, lower-cased and sorted: what must be equal between the page and the baseline. */
export function headerList(f: Fetched): string {
  return f.headers
    .filter(([k]) => k.toLowerCase() !== 'date')
    .map(([k, v]) => `${k.toLowerCase()}: ${v}`)
    .sort()
    .join('\n');
}

/**
 * Starts the baseline (BASELINE_SCRIPT, in its own process) answering every request with `page`: its
 * status, headers and body. Checks that what it sends is identical.
 */
export async function startBaseline(opts: { tmp: string; page: Fetched; path: string; requestHeaders: Record<string, string> }): Promise<BaselineServer> {
  const { page, tmp } = opts;
  const headers = page.headers.filter(([k]) => !TRANSPORT_HEADERS.has(k.toLowerCase()));
  const keepAlive = /timeout=(\d+)/.exec(page.headers.find(([k]) => k.toLowerCase() === 'keep-alive')?.[1] ?? '');
  writeFileSync(path.join(tmp, 'body.bin'), page.body);
  writeFileSync(path.join(tmp, 'spec.json'), JSON.stringify({ status: page.status, headers, keepAliveSeconds: keepAlive ? Number(keepAlive[1]) : 5 }));
  const script = path.join(tmp, 'baseline-server.mjs');
  writeFileSync(script, BASELINE_SCRIPT);
  const child = track(spawn(process.execPath, [script, tmp], { cwd: tmp, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port?: number }) => (m?.port ? resolve(m.port) : reject(new Error('The baseline server did not start'))));
    child.once('exit', (code) => reject(new Error(`The baseline server exited (${code})`)));
  });
  const url = `http://127.0.0.1:${port}${opts.path}`;
  const check = await fetchRaw(url, 30_000, opts.requestHeaders);
  if (check.status !== page.status || !check.body.equals(page.body)) throw new Error('The baseline server does not return the article page bytes');
  if (headerList(check) !== headerList(page)) throw new Error(`The baseline server's headers differ from the article page's:\n${headerList(check)}\n---\n${headerList(page)}`);
  return { child, url, sampler: new ProcSampler(child.pid!) };
}

/**
 * The baseline server, run as its own small script (not this bundle: it starts in milliseconds and
 * holds nothing but the response). Node adds Date, Connection and Keep-Alive itself.
 */
const BASELINE_SCRIPT = `
import { readFileSync } from 'node:fs';
import http from 'node:http';
const dir = process.argv[2];
const spec = JSON.parse(readFileSync(dir + '/spec.json', 'utf8'));
const body = readFileSync(dir + '/body.bin');
const headers = {};
for (const [k, v] of spec.headers) headers[k] = v;
headers['content-length'] = body.length;
const server = http.createServer((_req, res) => {
  res.writeHead(spec.status, headers);
  res.end(body);
});
// Same keep-alive as Fastify's server, so that even the Keep-Alive header matches.
server.keepAliveTimeout = spec.keepAliveSeconds * 1000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
// The benchmark is gone (or done): stop.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
`;

// Child processes: tracking and cleanup (also of temporary folders), captured output, free ports and raw HTTP requests.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';

const children = new Set<ChildProcess>();
/** temporary folders to remove even when the run is interrupted */
export const tmpDirs = new Set<string>();

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function killAllNow(): void {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  tmpDirs.clear();
}

export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Keeps the last lines a child printed (shown when it fails) and counts error-level log lines. */
export function captureOutput(child: ChildProcess, keep = 60) {
  const lines: string[] = [];
  let errors = 0;
  let partial = '';
  const onData = (buf: Buffer) => {
    const parts = (partial + buf.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (/"level":(50|60)/.test(line)) errors++;
      lines.push(line);
      if (lines.length > keep) lines.shift();
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return {
    tail: () => [...lines, ...(partial ? [partial] : [])].join('\n'),
    errorLines: () => errors,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Fetched {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

/** A response header's value (case-insensitive name), or undefined. */
export function headerOf(f: Fetched, name: string): string | undefined {
  const n = name.toLowerCase();
  return f.headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

export function fetchRaw(url: string, timeoutMs = 30_000, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    // Keep-alive like autocannon's connections, so the headers are the ones the benchmark gets.
    const req = http.request(url, { method, agent: false, headers: { connection: 'keep-alive', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        res.socket?.destroy();
        const headers: Array<[string, string]> = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${url} timed out after ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

export async function waitForHealth(base: string, child: ChildProcess, output: ReturnType<typeof captureOutput>, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited (${child.exitCode ?? child.signalCode}) before answering /healthz:\n${output.tail()}`);
    }
    try {
      const res = await fetchRaw(`${base}/healthz`);
      if (res.status === 200) return (performance.now() - started) / 1000;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer /healthz within ${timeoutMs / 1000} s:\n${output.tail()}`);
}

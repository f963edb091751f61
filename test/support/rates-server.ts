// A local stand-in for the central banks' servers (the tests have no internet): node:http on
// 127.0.0.1, port 0, serving fixture files or crafted bad responses, counting every request.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** wait this long before answering (timeouts) */
  delayMs?: number;
}

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export type Handler = (req: SeenRequest, count: number) => Reply;

export interface RatesServer {
  url(p: string): string;
  /** what to answer on a path (replaces the previous handler) */
  on(p: string, handler: Handler | Reply): void;
  requests(p?: string): SeenRequest[];
  reset(): void;
  close(): Promise<void>;
}

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/rates', name)));

/** A fixture served like the real servers do: XML, ETag and Last-Modified, 304 on a matching validator. */
export function xmlFile(name: string, etag = `"${name}-1"`, lastModified = 'Wed, 14 Feb 2024 08:00:00 GMT'): Handler {
  return (req): Reply => {
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
    return { status: 200, headers: { 'content-type': 'application/xml', etag, 'last-modified': lastModified }, body: fixture(name) };
  };
}

export async function startRatesServer(): Promise<RatesServer> {
  const handlers = new Map<string, Handler>();
  let seen: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0];
    const r: SeenRequest = { path: p, headers: req.headers };
    seen.push(r);
    const handler = handlers.get(p);
    const reply = handler ? handler(r, seen.filter((s) => s.path === p).length) : { status: 404, body: 'not found' };
    const send = () => {
      res.writeHead(reply.status ?? 200, reply.headers ?? {});
      res.end(reply.body ?? '');
    };
    if (reply.delayMs) {
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) send();
      }, reply.delayMs);
      timers.add(t);
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    on(p, handler) {
      handlers.set(p, typeof handler === 'function' ? handler : () => handler);
    },
    requests: (p) => (p ? seen.filter((s) => s.path === p) : seen),
    reset() {
      seen = [];
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

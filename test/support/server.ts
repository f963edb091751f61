// A test app that really listens (for the browser tests): `testApp()` on its own database copy,
// served on 127.0.0.1 at a free port.
//
// Pages write absolute links from config.baseUrl, so the base URL must be the listening address and
// must be set before the app is built. To know the port first, we open our own HTTP server on port 0
// and hand its requests to the (not listening) Fastify app, as Fastify's serverless guide does with
// `fastify.server.emit('request', req, res)`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/config.js';
import { testApp, type TestApp } from './app.js';

export interface TestServer extends TestApp {
  /** e.g. "http://127.0.0.1:39211", no trailing slash (like config.baseUrl) */
  baseUrl: string;
  /** absolute URL of a site path */
  url(path: string): string;
}

export async function startTestServer(opts: { now?: number; clock?: () => number; configure?: (c: Config) => void } = {}): Promise<TestServer> {
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let t: TestApp;
  try {
    t = await testApp({
      now: opts.now,
      clock: opts.clock,
      configure(c) {
        c.baseUrl = baseUrl;
        opts.configure?.(c);
      },
    });
  } catch (err) {
    server.close();
    throw err;
  }
  server.on('request', (req, res) => t.app.server.emit('request', req, res));
  return {
    ...t,
    baseUrl,
    url: (path: string) => baseUrl + path,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}

/**
 * A loopback HTTP server for the test pages: delayed hero image, slow API, web-vitals for the
 * reference copy, and a `/beacon` sink recording what web-vitals' own callbacks reported.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webVitalsIifePath } from '@perfgate/playwright';
import { PAGES } from './pages.js';
import { noisePng } from './noise-png.js';

/** A value web-vitals' own callback sent. */
export interface Beacon {
  page: string;
  run: string | null;
  name: string;
  value: number;
}

/** A request the site received (URL path + query, headers). */
export interface SeenRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The running site. */
export interface TestSite {
  origin: string;
  beacons: Beacon[];
  /** Every request, in arrival order. */
  requests: SeenRequest[];
  close(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Starts the site on 127.0.0.1 (ephemeral port). */
export async function startTestSite(): Promise<TestSite> {
  const webVitalsIife = readFileSync(webVitalsIifePath().replace('.attribution.iife.js', '.iife.js'), 'utf8');
  const beacons: Beacon[] = [];
  const requests: SeenRequest[] = [];
  const hero = noisePng(800, 500);
  const pixel = noisePng(1, 1);
  const large = noisePng(2400, 1500);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    requests.push({ url: `${url.pathname}${url.search}`, headers: req.headers });
    void (async () => {
      if (url.pathname === '/beacon') {
        let body = '';
        for await (const chunk of req) body += String(chunk);
        try {
          beacons.push(JSON.parse(body) as Beacon);
        } catch {
          // ignore malformed beacons
        }
        res.writeHead(204).end();
        return;
      }
      if (delay) await sleep(delay);
      if (url.pathname === '/web-vitals.iife.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(webVitalsIife);
      } else if (url.pathname === '/hero.png') {
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(hero);
      } else if (url.pathname === '/large.png') {
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(large);
      } else if (url.pathname === '/pixel.png') {
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(pixel);
      } else if (url.pathname === '/api/slow') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('api done');
      } else if (PAGES[url.pathname]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGES[url.pathname]);
      } else {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    beacons,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

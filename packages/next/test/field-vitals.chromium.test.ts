/**
 * E2E: builds the field fixture (real `next build`), starts `next start` on 127.0.0.1, drives real
 * Chromium through it and checks that beacons arrive with route patterns only, and come out of the
 * ingest as aggregated field Runs.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileHistoryStore, type Run } from '@perfgate/core';
import type { FieldSummary } from '../src/field/server/window-run.js';
import { buildFixture, CHROMIUM, CHROMIUM_ARGS, startFixture, type FixtureApp } from './field-fixture-app.js';

let app: FixtureApp;
let browser: Browser;
let receiver: Server;
/** Alert payloads the fixture's webhook channel delivered (a receiver on 127.0.0.1). */
const webhookBodies: unknown[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      webhookBodies.push(JSON.parse(body));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  const port = (receiver.address() as { port: number }).port;
  buildFixture();
  app = await startFixture({ FIELD_WEBHOOK_URL: `http://127.0.0.1:${port}/hook` });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((r) => receiver?.close(r));
});

async function until<T>(what: string, probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const fieldOf = (run: Run, route: string, metric: string) =>
  run.measurements.find((m) => m.route === route && m.metric === metric)?.attribution?.field as FieldSummary | undefined;

describe('field monitoring in real Chromium against a Next fixture', { timeout: 90_000 }, () => {
  it('sends one beacon per page view with the route pattern, no query string, and aggregates it', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'session', value: 'user-42', url: app.origin }]);
    const page = await context.newPage();
    const seenBefore = app.requests().length;

    await page.goto(`${app.origin}/campaigns/12345?utm_source=newsletter&email=a@b.test`, { waitUntil: 'load' });
    await page.getByText('Late banner').waitFor();
    await page.click('#work');
    await page.getByText('Clicked 1').waitFor();
    // web-vitals processes interactions in an idle callback; a real user is still reading the page then.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2_000 })));
    // A hard navigation hides the page: web-vitals finalises LCP/CLS/INP, the batch goes out as one beacon.
    await page.goto(`${app.origin}/`, { waitUntil: 'load' });

    const beacons = await until('the beacon', () => {
      const r = app.requests().slice(seenBefore);
      return r.length > 0 ? r : undefined;
    });
    const { body, headers } = beacons[0]!;
    const payload = JSON.parse(body) as { v: number; r: string; m: Array<[string, number, string?]> };
    expect(payload.v).toBe(1);
    expect(payload.r).toBe('/campaigns/[id]');
    expect(payload.m.map((e) => e[0]).sort()).toEqual(['CLS', 'FCP', 'INP', 'LCP', 'TTFB']);
    expect(body).not.toMatch(/12345|utm|newsletter|@|user-42/);
    // sendBeacon: a CORS-safelisted text/plain body, under 200 bytes.
    expect(headers['content-type']).toMatch(/^text\/plain/);
    expect(Buffer.byteLength(body)).toBeLessThan(200);

    const run = await until('a field window with the page view', () => app.runs().find((r) => fieldOf(r, '/campaigns/[id]', 'LCP')));
    expect(run.source).toBe('field');
    expect(run.environment.app).toBe('field-fixture');
    const lcp = run.measurements.find((m) => m.route === '/campaigns/[id]' && m.metric === 'LCP')!;
    const sent = payload.m.find((e) => e[0] === 'LCP')![1];
    expect(lcp.samples).toEqual([sent]);
    expect(fieldOf(run, '/campaigns/[id]', 'LCP')).toMatchObject({ count: 1, p75: sent, sampled: 1 });
    const inp = fieldOf(run, '/campaigns/[id]', 'INP')!;
    expect(inp.count).toBe(1);
    expect(inp.p75).toBeGreaterThanOrEqual(60); // the button busy-waits 60 ms
    const cls = fieldOf(run, '/campaigns/[id]', 'CLS')!;
    expect(cls.p75).toBeGreaterThan(0); // the late banner shifted the text
    // One beacon for the page view; the browser attached the cookie, but nothing of it was stored.
    expect(app.requests().slice(seenBefore)).toHaveLength(1);
    expect(JSON.stringify(app.runs())).not.toMatch(/user-42|12345|utm/);

    // The window went to perfgate's history like a lab run, and the alert rule on it reached the webhook.
    const history = await until('the window in .perfgate/history', () => {
      const dir = join(app.storageDir, 'history');
      return app.runs().length > 0 ? dir : undefined;
    });
    const records = await new FileHistoryStore({ dir: history }).readRuns({ source: 'field' });
    const recorded = records.find((r) => r.runId === run.id)!;
    expect(recorded.points.find((p) => p.route === '/campaigns/[id]' && p.metric === 'LCP')!.summary.p75).toBe(sent);
    const alert = await until('the webhook alert', () => webhookBodies.find((b) => JSON.stringify(b).includes('field-fcp-p75')));
    expect(JSON.stringify(alert)).toContain('/campaigns/[id]');
    await context.close();
  });

  it('aggregates page views of different ids into one route pattern; the page without the component sends nothing', async () => {
    const before = app.runs().length;
    const context = await browser.newContext();
    const page = await context.newPage();
    const seenBefore = app.requests().length;
    const ids = ['7', '8', '9', '10'];
    // networkidle: web-vitals is loaded lazily after hydration; a page left before that reports nothing.
    for (const id of ids) await page.goto(`${app.origin}/campaigns/${id}`, { waitUntil: 'networkidle' });
    await page.goto(`${app.origin}/bare/campaigns/1`, { waitUntil: 'load' });
    await page.goto(`${app.origin}/`, { waitUntil: 'load' });
    await context.close();

    const counted = await until('four FCP values for /campaigns/[id]', () => {
      const runs = app.runs().slice(before);
      const n = runs.reduce((s, r) => s + (fieldOf(r, '/campaigns/[id]', 'FCP')?.count ?? 0), 0);
      return n >= ids.length ? runs : undefined;
    });
    // Only route patterns reach storage ('/' is the page the previous test left open).
    const routes = new Set(counted.flatMap((r) => r.measurements.map((m) => m.route)));
    expect([...routes].filter((r) => r !== '/')).toEqual(['/campaigns/[id]']);
    expect(counted.reduce((s, r) => s + (fieldOf(r, '/campaigns/[id]', 'FCP')?.count ?? 0), 0)).toBe(ids.length);
    // Four measured page views, four beacons; the bare page (no component) sent none.
    const sentRoutes = app.requests().slice(seenBefore).map((q) => (JSON.parse(q.body) as { r: string }).r);
    expect(sentRoutes.filter((r) => r === '/campaigns/[id]')).toHaveLength(ids.length);
    expect(sentRoutes.filter((r) => r.startsWith('/bare'))).toEqual([]);
  });

  it('with transport="fetch" the request carries neither the cookie nor the Referer with the raw URL', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'session', value: 'user-42', url: app.origin }]);
    const page = await context.newPage();
    const seenBefore = app.requests().length;
    await page.goto(`${app.origin}/fetch/campaigns/555?email=a@b.test`, { waitUntil: 'networkidle' });
    await page.goto(`${app.origin}/`, { waitUntil: 'load' });
    const req = await until('the fetch beacon', () => app.requests().slice(seenBefore).find((q) => q.body.includes('/fetch/')));
    expect(JSON.parse(req.body).r).toBe('/fetch/campaigns/[id]');
    expect(req.headers.cookie).toBeUndefined();
    expect(req.headers.referer).toBeUndefined();
    expect(JSON.stringify(req)).not.toMatch(/555|email|user-42/);
    await context.close();
  });
});

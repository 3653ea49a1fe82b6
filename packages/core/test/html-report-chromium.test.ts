// Integration: renders the HTML report and opens it from disk in real Chromium (/usr/bin/chromium).
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, seriesKey } from '../src/history/index.js';
import { fieldHistory, fixture, HOSTILE_ROUTE } from './html-report-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
/** The tracked screenshot: rewritten only with PERFGATE_WRITE_SCREENSHOT=1, else the test writes a temp file. */
const DOCS_SCREENSHOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/report-screenshot.png');
const SCREENSHOT = process.env.PERFGATE_WRITE_SCREENSHOT === '1' ? DOCS_SCREENSHOT : join(tmpdir(), `perfgate-report-screenshot-${process.pid}.png`);
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (it installs the Debian chromium package).`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('HTML report in real Chromium', () => {
  it('renders charts with change points, shows the hostile route as text, logs no errors, makes no requests', async () => {
    const { report, history } = fixture();
    const changePoints = new Map([[seriesKey('/campaigns/[id]', 'LCP'), [{ index: 20, relativeChange: 0.25, pValue: 0.001 }]]]);
    const field = fieldHistory();
    const html = renderHtml(report, { history, changePoints, field, title: 'perfgate report — domainflow' });
    const dir = await mkdtemp(join(tmpdir(), 'perfgate-html-'));
    const file = join(dir, 'report.html');
    await writeFile(file, html);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    const problems: string[] = [];
    const requests: string[] = [];
    let dialogs = 0;
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // The report itself must log neither errors nor warnings (the pixel reads below cause a Canvas2D perf warning).
    expect(problems).toEqual([]);

    // One chart per route × metric with history, each a uPlot canvas with drawn pixels.
    const canvases = await page.locator('.plot canvas').count();
    expect(canvases).toBe(4);
    const inked = await page.$$eval('.plot canvas', (els) => els.map((el) => {
      const c = el as HTMLCanvasElement;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
      return n;
    }));
    for (const n of inked) expect(n).toBeGreaterThan(500);

    // The change point is marked in orange on the LCP chart of /campaigns/[id].
    const orange = await page.$eval('#chart-0 canvas', (el) => {
      const c = el as HTMLCanvasElement;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! > 200 && px[i + 1]! > 70 && px[i + 1]! < 110 && px[i + 2]! < 40) n++;
      return n;
    });
    expect(orange).toBeGreaterThan(20);
    expect(await page.locator('#chart-0 h3').textContent()).toBe('/campaigns/[id] · LCP');
    expect(await page.locator('#chart-0 .cps li').textContent()).toContain('+25.0%');

    // Field p75 (latest window) next to the lab value, and the field series drawn in purple.
    const latestLcp = field.at(-1)!.points.find((p) => p.metric === 'LCP' && p.route === '/campaigns/[id]')!.summary;
    const lcpRow = page.locator('table.verdicts tbody tr', { has: page.locator('td', { hasText: /^LCP$/ }) }).filter({ hasText: '/campaigns/[id]' });
    expect(await lcpRow.locator('td.field span').first().textContent()).toBe(`${Math.round(latestLcp.p75)} ms`);
    expect(await lcpRow.locator('td.field .sub').textContent()).toMatch(new RegExp(`^n=${latestLcp.n} · \\d+% good · \\d+% NI · \\d+% poor$`));
    expect(await page.locator('table.verdicts thead th').allTextContents()).toContain('field p75');
    expect(await page.locator('table.field-table tbody tr').count()).toBe(4);
    const purple = await page.$eval('#chart-0 canvas', (el) => {
      const c = el as HTMLCanvasElement;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! > 100 && px[i]! < 140 && px[i + 1]! < 80 && px[i + 2]! > 200) n++;
      return n;
    });
    expect(purple).toBeGreaterThan(20);

    // Regressions first in the table.
    expect(await page.locator('table.verdicts tbody tr').first().textContent()).toContain('REGRESSED');

    // The hostile route is text, not an element; no dialog ran.
    expect(await page.locator('table.verdicts td.route').allTextContents()).toContain(HOSTILE_ROUTE);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toBe(0);

    // Bundle composition.
    expect(await page.locator('.bundle h3').textContent()).toContain('/campaigns/[id]');
    expect(await page.locator('.chunks tr').count()).toBe(3);
    expect(await page.locator('.chunks td.file').allTextContents()).toContain(`static/chunks/${HOSTILE_ROUTE}.js`);

    expect(problems.filter((p) => !p.startsWith('warning: Canvas2D: Multiple readback'))).toEqual([]);
    expect(requests).toEqual([]);

    const tracked = existsSync(DOCS_SCREENSHOT) ? statSync(DOCS_SCREENSHOT).mtimeMs : undefined;
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    if (SCREENSHOT !== DOCS_SCREENSHOT) expect(existsSync(DOCS_SCREENSHOT) ? statSync(DOCS_SCREENSHOT).mtimeMs : undefined).toBe(tracked);
    await page.close();
  });
});

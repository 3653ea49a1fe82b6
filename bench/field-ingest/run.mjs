// Load test of the field ingest: autocannon in this process, the server (server.mjs) in a second
// process on 127.0.0.1. Bounded: each scenario stops after AMOUNT requests or MAX_SECONDS, whichever first.
// Usage: pnpm --filter @perfgate/bench field-ingest   (env: AMOUNT=60000 CONNECTIONS=20 MAX_SECONDS=30)
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import autocannon from 'autocannon';

const AMOUNT = Number(process.env.AMOUNT ?? 60_000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const MAX_SECONDS = Number(process.env.MAX_SECONDS ?? 30);
const ROUTES = Array.from({ length: 40 }, (_, i) => `/campaigns/[id]/tab${i}`);
const METRICS = [['LCP', 4000], ['FCP', 3000], ['TTFB', 1500], ['INP', 600], ['CLS', 0.4]];
const BAD = ['{', '{"v":1,"r":"/a?x=1","m":[["LCP",1]]}', '{"v":2}', 'x'.repeat(5000), '{"v":1,"r":"/","m":[["LCP",-5]]}'];

function beacon(i) {
  const m = METRICS.map(([id, max]) => [id, id === 'CLS' ? Math.round(((i * 7919) % 1000) / 1000 * max * 1e4) / 1e4 : (i * 7919) % max]);
  return JSON.stringify({ v: 1, r: ROUTES[i % ROUTES.length], m });
}

/** Scenarios: the ingest with realistic traffic, a single-client flood, and the bare HTTP stack. */
const SCENARIOS = [
  { name: 'perfgate ingest, 50 000 clients (10% bad payloads)', mode: 'perfgate', clients: 50_000, badEvery: 10 },
  { name: 'perfgate ingest, one client flooding (rate limit)', mode: 'perfgate', clients: 1, badEvery: 0 },
  { name: 'baseline: node:http 204, body ignored', mode: 'baseline', clients: 50_000, badEvery: 10 },
];

async function runScenario(s) {
  const child = fork(new URL('./server.mjs', import.meta.url), { env: { ...process.env, MODE: s.mode }, execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies = [];
  const waiters = [];
  child.on('message', (m) => { const w = waiters.shift(); if (w) w(m); else replies.push(m); });
  const ask = (msg) => new Promise((resolve) => { waiters.push(resolve); if (msg) child.send(msg); });
  const { port } = await ask();
  const before = await ask('gc-memory');

  let i = 0;
  let peakRss = before.memory.rss;
  const sampler = setInterval(async () => { const m = await ask('memory'); peakRss = Math.max(peakRss, m.memory.rss); }, 250);
  const result = await new Promise((resolve, reject) => {
    const inst = autocannon(
      {
        url: `http://127.0.0.1:${port}/api/vitals`,
        connections: CONNECTIONS,
        amount: AMOUNT,
        timeout: 10,
        requests: [{
          method: 'POST',
          setupRequest: (req) => {
            i += 1;
            const bad = s.badEvery > 0 && i % s.badEvery === 0;
            const ip = `10.${(i % s.clients) >> 16 & 255}.${(i % s.clients) >> 8 & 255}.${i % s.clients & 255}`;
            return { ...req, body: bad ? BAD[i % BAD.length] : beacon(i), headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': ip } };
          },
        }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    setTimeout(() => inst.stop(), MAX_SECONDS * 1000).unref();
  });
  clearInterval(sampler);
  const after = await ask('gc-memory');
  child.send('stop');
  await new Promise((r) => child.once('exit', r));
  return { s, result, before, after, peakRss };
}

/** The handler alone, in this process (no HTTP): how much of a request is perfgate's own work. */
async function inProcess(n = 20_000) {
  const { createVitalsHandler } = await import('@perfgate/next/server');
  const h = createVitalsHandler({ config: false, windowMs: 1_000, trustProxy: true });
  const make = (i) => new Request('http://127.0.0.1/api/vitals', { method: 'POST', body: beacon(i), headers: { 'content-type': 'text/plain', 'x-forwarded-for': `10.1.${(i >> 8) & 255}.${i & 255}` } });
  let t = performance.now();
  for (let i = 0; i < n; i++) make(i);
  const requestOnly = n / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let i = 0; i < n; i++) await h(make(i));
  const withHandler = n / ((performance.now() - t) / 1000);
  h.close();
  return { requestOnly, withHandler, ownUs: (1 / withHandler - 1 / requestOnly) * 1e6 };
}

const mb = (b) => (b / 1024 / 1024).toFixed(1);
const rows = [];
for (const s of SCENARIOS) rows.push(await runScenario(s));
const ip = await inProcess();

console.log(`\nfield ingest load test — node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${CONNECTIONS} connections, ${AMOUNT} requests (cap ${MAX_SECONDS} s) per scenario, 127.0.0.1\n`);
console.log('| scenario | req/s (mean) | p50 ms | p99 ms | 2xx | 4xx | errors | heap before → after GC (MB) | RSS peak (MB) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const { s, result: r, before, after, peakRss } of rows) {
  console.log(`| ${s.name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r['2xx']} | ${r['4xx']} | ${r.errors + r.timeouts} | ${mb(before.memory.heapUsed)} → ${mb(after.memory.heapUsed)} | ${mb(peakRss)} |`);
}
console.log(`\nin-process, no HTTP: constructing the Web Request alone ${Math.round(ip.requestOnly)}/s; Request + handler ${Math.round(ip.withHandler)}/s → the handler's own work ≈ ${Math.round(ip.ownUs)} µs per beacon (validation, rate limit, aggregation, Response).`);
for (const { s, after } of rows) {
  if (after.stats) console.log(`\n${s.name}: handler stats ${JSON.stringify(after.stats)}; windows flushed ${after.windows}, measurements ${after.measurements}`);
}

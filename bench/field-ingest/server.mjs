// The ingest under load: createVitalsHandler behind a plain node:http server on 127.0.0.1.
// Started by run.mjs as a separate process; reports its port and memory over IPC.
// MODE=baseline answers 204 without reading the body: the upper bound of this HTTP stack.
import http from 'node:http';
import { Readable } from 'node:stream';
import { createVitalsHandler } from '@perfgate/next/server';

const mode = process.env.MODE ?? 'perfgate';
let windows = 0;
let measurements = 0;
// config: false — measure the ingest itself, not disk appends of the (one-per-second) windows.
// trustProxy: the bench plays a deployment behind one proxy that appends the client address, so each
// simulated client (its own x-forwarded-for) gets its own rate-limit bucket.
const handler = createVitalsHandler({
  windowMs: 1_000,
  config: false,
  trustProxy: true,
  sinks: [(run) => { windows += 1; measurements += run.measurements.length; }],
});

const toRequest = (req) =>
  new Request(`http://127.0.0.1${req.url}`, {
    method: req.method,
    headers: req.headers,
    body: req.method === 'POST' ? Readable.toWeb(req) : undefined,
    duplex: 'half',
  });

const server = http.createServer(async (req, res) => {
  if (mode === 'baseline') {
    req.resume();
    req.on('end', () => { res.writeHead(204); res.end(); });
    return;
  }
  const r = await handler(toRequest(req));
  res.writeHead(r.status, Object.fromEntries(r.headers));
  res.end(r.body ? Buffer.from(await r.arrayBuffer()) : undefined);
});
server.keepAliveTimeout = 5_000;

const memory = () => {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
};

process.on('message', async (msg) => {
  if (msg === 'gc-memory') {
    globalThis.gc?.();
    process.send({ type: 'memory', memory: memory(), stats: handler.stats(), windows, measurements });
  } else if (msg === 'memory') {
    process.send({ type: 'memory', memory: memory() });
  } else if (msg === 'stop') {
    await handler.flush();
    handler.close();
    server.close(() => process.exit(0));
    server.closeAllConnections();
  }
});

server.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: server.address().port }));

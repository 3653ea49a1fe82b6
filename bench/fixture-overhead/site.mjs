// A loopback page for the overhead bench: text, an image, a button whose handler does a little work.
import { createServer } from 'node:http';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>bench</title>
<style>body{font:16px sans-serif;margin:0} .hero{width:600px;height:300px;background:linear-gradient(#48c,#8ce)}</style></head>
<body><h1>Dashboard</h1><div class="hero"></div><p>${'Some paragraph text. '.repeat(40)}</p>
<button id="refresh">Refresh</button><p id="out">idle</p>
<script>
document.getElementById('refresh').addEventListener('click', () => {
  const end = performance.now() + 20; while (performance.now() < end) {}
  document.getElementById('out').textContent = 'refreshed';
});
</script></body></html>`;

/** Starts the page on 127.0.0.1 (ephemeral port); resolves to { origin, close }. */
export async function startSite() {
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

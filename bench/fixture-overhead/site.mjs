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

// A sign-up form that leads to the dashboard: the longer, typical E2E flow of interleaved.spec.ts.
const SIGNUP = `<!doctype html><html><head><meta charset="utf-8"><title>sign up</title>
<style>body{font:16px sans-serif;margin:0} label{display:block;margin:8px}</style></head>
<body><h1>Create your workspace</h1><form id="signup" action="/" method="get">
<label>Name <input name="name" required></label><label>Email <input name="email" type="email" required></label>
<label>Plan <select name="plan"><option>free</option><option>team</option><option>enterprise</option></select></label>
<label><input type="checkbox" name="terms" required> I accept the terms</label>
<button id="create" type="submit">Create</button></form>
<script>
document.getElementById('signup').addEventListener('submit', () => { const end = performance.now() + 10; while (performance.now() < end) {} });
</script></body></html>`;

/** Starts the page on 127.0.0.1 (ephemeral port); resolves to { origin, close }. */
export async function startSite() {
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (req.url === '/signup') res.writeHead(200, { 'content-type': 'text/html' }).end(SIGNUP);
    else res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

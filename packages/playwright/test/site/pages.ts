/**
 * Pages with designed performance behaviour, served on 127.0.0.1 by the test server.
 * Each also loads web-vitals itself (standard callbacks, no reportAllChanges) and beacons the final
 * values to `/beacon` on hide, as a real app would: the reference the fixture must match exactly.
 */

/** Hero image delay (ms): LCP ≈ this. */
export const HERO_DELAY_MS = 800;
/** Late shift: a banner of this height (px) is inserted above the content after load. */
export const SHIFT_PX = 100;
/** When the shift happens (ms after load). */
export const SHIFT_AFTER_MS = 300;
/** Shift after a click: the banner comes this long after the click (ms), past the 500 ms in which layout shifts count as input-driven. */
export const SHIFT_AFTER_CLICK_MS = 700;
/** On /cls-after-click, the small shift after load (px). */
export const FIRST_SHIFT_PX = 20;
/** The click handler blocks the main thread this long (ms): INP ≈ this. */
export const BLOCK_MS = 150;
/** Images on /many (more than the default resource timing buffer of 250). */
export const MANY_RESOURCES = 300;
/** Viewport the tests use (px). */
export const VIEWPORT = { width: 1280, height: 720 };

const reference = `
<script src="/web-vitals.iife.js"></script>
<script>
  (function () {
    function send(m) {
      navigator.sendBeacon('/beacon', JSON.stringify({ page: location.pathname, run: new URLSearchParams(location.search).get('run'), name: m.name, value: m.value }));
    }
    webVitals.onLCP(send); webVitals.onFCP(send); webVitals.onCLS(send); webVitals.onINP(send); webVitals.onTTFB(send);
  })();
</script>`;

const shell = (title: string, body: string, script = '', head = ''): string => `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title>${head}
<style>body{margin:0;font:16px sans-serif} #content{height:300px;background:#dde} button{font-size:20px;margin:8px}</style>
${reference}
</head><body>${body}<script>${script}</script></body></html>`;

/** HTML of each test page by path. */
export const PAGES: Record<string, string> = {
  '/lcp': shell('lcp', `<p>Small text.</p><img id="hero" width="800" height="500" src="/hero.png?delay=${HERO_DELAY_MS}" alt="hero">`),
  // A large image shown scaled down: on a busy machine its decode and paint can outlast a few frames.
  '/lcp-large': shell('lcp-large', `<p>Small text.</p><img id="large" style="width:800px;height:500px" src="/large.png" alt="large">`),
  '/cls': shell(
    'cls',
    `<div id="content">Content block, full width, 300 px tall.</div>`,
    `addEventListener('load', () => setTimeout(() => {
       const b = document.createElement('div'); b.id = 'banner'; b.style.height = '${SHIFT_PX}px'; b.style.background = '#fdd';
       document.body.insertBefore(b, document.body.firstChild);
     }, ${SHIFT_AFTER_MS}));`,
  ),
  // A small shift after load (so CLS has a value), then the designed one well after a click (so it
  // counts for CLS), announced to the test in the task that makes it (window.shifted, exposed by the
  // test): collect() then starts before any frame has rendered it.
  '/cls-after-click': shell(
    'cls-after-click',
    `<div id="content">Content block, full width, 300 px tall.</div><button id="later" style="position:fixed;right:0;bottom:0">Shift later</button>`,
    `const banner = (id, px) => {
       const b = document.createElement('div'); b.id = id; b.style.height = px + 'px'; b.style.background = '#fdd';
       document.body.insertBefore(b, document.body.firstChild);
     };
     addEventListener('load', () => setTimeout(() => banner('first', ${FIRST_SHIFT_PX}), 50));
     // Inserted in a task queued from an animation frame, so right after that frame's rendering:
     // the next frame, which renders the shift, is most of a frame interval away.
     document.getElementById('later').addEventListener('click', () => setTimeout(() => requestAnimationFrame(() => setTimeout(() => {
       banner('banner', ${SHIFT_PX});
       if (window.shifted) window.shifted();
     })), ${SHIFT_AFTER_CLICK_MS}));`,
  ),
  '/inp': shell(
    'inp',
    `<h1>Slow button</h1><button id="slow">Block ${BLOCK_MS} ms</button><p id="out">waiting</p>`,
    `document.getElementById('slow').addEventListener('click', () => {
       const end = performance.now() + ${BLOCK_MS}; while (performance.now() < end) {}
       document.getElementById('out').textContent = 'clicked';
     });`,
  ),
  // /inp with a main thread that never goes idle after the click: back-to-back 4 ms tasks (none of
  // them long) for 5 s, so requestIdleCallback only runs on its timeout. When the click's entries
  // arrive, the page requests an idle callback with web-vitals' timeout (1 s) right after the
  // reference web-vitals (whose observer was registered first) requested its own to process them:
  // window.entriesProcessed turns true once the browser has run that one.
  '/inp-no-idle': shell(
    'inp-no-idle',
    `<h1>Slow button</h1><button id="slow">Block ${BLOCK_MS} ms</button><p id="out">waiting</p>`,
    `window.entriesProcessed = false;
     new PerformanceObserver((list) => {
       if (list.getEntries().some((e) => e.name === 'click')) requestIdleCallback(() => { window.entriesProcessed = true; }, { timeout: 1000 });
     }).observe({ type: 'event', durationThreshold: 40 });
     document.getElementById('slow').addEventListener('click', () => {
       const channel = new MessageChannel();
       const stopAt = performance.now() + 5000;
       channel.port1.onmessage = () => {
         const end = performance.now() + 4; while (performance.now() < end) {}
         if (performance.now() < stopAt) channel.port2.postMessage(0);
       };
       channel.port2.postMessage(0);
       const end = performance.now() + ${BLOCK_MS}; while (performance.now() < end) {}
       document.getElementById('out').textContent = 'clicked';
     });`,
  ),
  // A fast button, then a slow one whose click also starts an expensive paint (layers of blurred,
  // shadowed full-viewport boxes): its Event Timing entry arrives a few hundred ms after the
  // handler, well after the fast click's INP was reported. #paint starts the same paint from a
  // handler that takes no time.
  '/inp-late-paint': shell(
    'inp-late-paint',
    `<button id="fast">Fast</button><button id="slow">Block ${BLOCK_MS} ms, then paint</button>
     <button id="paint">Paint only</button>
     <div class="layer"></div><div class="layer" style="opacity:.5"></div>`,
    `document.getElementById('slow').addEventListener('click', () => {
       const end = performance.now() + ${BLOCK_MS}; while (performance.now() < end) {}
       document.body.classList.toggle('heavy');
     });
     // A fast handler (well under 40 ms) whose paint is the slow part: INP is presentation delay.
     document.getElementById('paint').addEventListener('click', () => document.body.classList.toggle('heavy'));`,
    `<style>button{position:relative;z-index:1} .layer{position:absolute;inset:0;opacity:.2}
     .heavy .layer{filter:blur(40px) drop-shadow(0 0 60px red);box-shadow:0 0 200px 100px rgba(0,0,0,.5)}</style>`,
  ),
  '/custom': shell(
    'custom',
    `<h1>Custom metrics</h1><p id="out">loading</p>`,
    `performance.measure('checkout', { start: 0, duration: 123 });
     fetch('/api/slow?delay=200').then(r => r.text()).then(t => { document.getElementById('out').textContent = t; });
     window.__leak = [];
     document.addEventListener('click', () => { for (let i = 0; i < 20000; i++) window.__leak.push({ i, s: 'x'.repeat(50) }); });`,
  ),
  '/none': shell('none', `<h1>Nothing happens here</h1>`),
  // More resources than the default resource timing buffer (250) holds.
  '/many': shell('many', `<h1>Many resources</h1>${Array.from({ length: MANY_RESOURCES }, (_, i) => `<img src="/pixel.png?i=${i}" width="1" height="1" alt="">`).join('')}`),
  // ?block=N blocks the parser N ms before the body: FCP and LCP move by N (the "regressed build").
  '/baseline': shell(
    'baseline',
    `<h1>Baseline page</h1><div id="content">Content block.</div>`,
    '',
    `<script>(function () { var end = performance.now() + Number(new URLSearchParams(location.search).get('block') || 0); while (performance.now() < end) {} })();</script>`,
  ),
};


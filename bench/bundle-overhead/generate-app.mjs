// Generates a Next.js App Router app with N routes under bench/.out/bundle-overhead/app-N.
// Every route has its own client component (so its own chunk) plus one of 20 shared widgets;
// no next/font/google, nothing downloaded. node_modules links to packages/next/node_modules.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT = join(here, '..', '.out', 'bundle-overhead');
const NEXT_PKG = join(here, '..', '..', 'packages', 'next');

function put(root, file, text) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** Writes the app (idempotent: rewrites sources, keeps nothing else) and returns its directory. */
export function generateApp(routes) {
  const root = join(OUT, `app-${routes}`);
  rmSync(join(root, 'app'), { recursive: true, force: true });
  rmSync(join(root, 'components'), { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(NEXT_PKG, 'node_modules'), join(root, 'node_modules'), 'dir');
  put(root, 'package.json', JSON.stringify({ name: `bench-app-${routes}`, private: true, type: 'module' }));
  put(
    root,
    'next.config.mjs',
    `import { withPerfgate } from ${JSON.stringify(join(NEXT_PKG, 'dist', 'index.js'))};
const config = { distDir: process.env.BENCH_DIST_DIR || '.next', turbopack: {} };
export default process.env.BENCH_PERFGATE === '1' ? withPerfgate(config) : config;
`,
  );
  put(root, 'app/layout.jsx', `export default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`);
  put(root, 'app/page.jsx', `export default function Home() {\n  return <h1>${routes} routes</h1>;\n}\n`);
  for (let w = 0; w < 20; w++) {
    put(
      root,
      `components/widget-${w}.jsx`,
      `'use client';
import { useState } from 'react';
const ITEMS = ${JSON.stringify(Array.from({ length: 40 }, (_, i) => `widget ${w} item ${i} ${(i * 7919 + w) % 997}`))};
export default function Widget${w}() {
  const [open, setOpen] = useState(false);
  return (<div><button onClick={() => setOpen(!open)}>widget ${w}</button>{open && <ul>{ITEMS.map((t) => <li key={t}>{t}</li>)}</ul>}</div>);
}
`,
    );
  }
  for (let r = 0; r < routes - 1; r++) {
    put(
      root,
      `app/r/${r}/counter.jsx`,
      `'use client';
import { useState } from 'react';
export default function Counter${r}() {
  const [n, setN] = useState(${r});
  return <button onClick={() => setN(n + ${r + 1})}>route ${r}: {n} ${'x'.repeat(200 + (r % 7) * 50)}</button>;
}
`,
    );
    put(
      root,
      `app/r/${r}/page.jsx`,
      `import Counter from './counter.jsx';
import Widget from '../../../components/widget-${r % 20}.jsx';
export default function Page${r}() {
  return (<main><h1>route ${r}</h1><Counter /><Widget /></main>);
}
`,
    );
  }
  return root;
}

// Re-copies the bundler-independent bundle model from packages/webpack/src into src/shared/
// (@perfgate/vite may not depend on @perfgate/webpack). Run after changing those files there:
//   node packages/vite/scripts/sync-shared.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const shared = new URL('../src/shared/', import.meta.url);
for (const f of readdirSync(shared).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
  const original = readFileSync(new URL(`../../webpack/src/${f}`, import.meta.url), 'utf8');
  const header = `// Copy of packages/webpack/src/${f} (@perfgate/vite may not depend on @perfgate/webpack).\n// Keep identical: src/shared/shared-copy.test.ts fails when the two differ.\n`;
  writeFileSync(new URL(f, shared), header + original);
}

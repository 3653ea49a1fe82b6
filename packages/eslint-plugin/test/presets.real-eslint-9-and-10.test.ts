/**
 * Starts the real ESLint 10 and ESLint 9 `ESLint` classes on a small project whose
 * `eslint.config.js` imports the built package (`@perfgate/eslint-plugin`, i.e. `dist/`) and
 * uses each preset.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('./.tmp/', import.meta.url).pathname;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files: Record<string, string> = {
  'app.tsx': `import { memo, useState } from 'react';
import moment from 'moment';
const Row = memo((p: { style: object }) => <li>{String(p.style)}</li>);
export function List<T,>({ items }: { items: T[] }) {
  const [n, setN] = useState(0);
  setN(n + 1);
  const sorted = [...items].sort();
  return <ul><Row style={{ margin: 0 }} />{sorted.length}{moment().year()}</ul>;
}
`,
  'util.ts': `export const id = <T>(x: T): T => x;\nexport const cast = <T,>(x: unknown) => x as T;\n`,
  'legacy.jsx': `import { createContext } from 'react';
const Ctx = createContext(null);
export function P({ children }) { return <Ctx.Provider value={{ a: 1 }}>{children}</Ctx.Provider>; }
`,
};

function project(preset: string): string {
  const dir = join(root, preset);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'eslint.config.js'),
    `import perfgate from '@perfgate/eslint-plugin';\nexport default [perfgate.configs[${JSON.stringify(preset)}]];\n`,
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

type Found = Record<string, string[]>;

async function lint(ESLint: typeof ESLint10 | typeof ESLint9, cwd: string): Promise<Found> {
  const eslint = new ESLint({ cwd });
  const results = await eslint.lintFiles(['.']);
  const found: Found = {};
  for (const r of results) {
    const name = r.filePath.slice(cwd.length + 1);
    found[name] = r.messages.map((m) => `${m.line}:${m.ruleId ?? 'fatal:' + m.message}:${m.severity}`);
  }
  return found;
}

for (const [label, ESLint] of [['ESLint 10', ESLint10], ['ESLint 9', ESLint9]] as const) {
  describe(`presets under ${label}`, () => {
    it('recommended lints .tsx, .ts and .jsx files with errors and warnings', async () => {
      const found = await lint(ESLint, project('recommended'));
      expect(found['util.ts']).toEqual([]);
      expect(found['app.tsx']).toEqual([
        '2:perfgate/no-heavy-imports:1',
        '6:perfgate/no-set-state-in-render:2',
        '7:perfgate/no-expensive-render-work:1',
        '8:perfgate/no-unstable-memo-props:2',
      ]);
      expect(found['legacy.jsx']).toEqual(['3:perfgate/no-unstable-context-value:2']);
    });

    it('strict makes every finding an error', async () => {
      const found = await lint(ESLint, project('strict'));
      expect(found['app.tsx']?.every((m) => m.endsWith(':2'))).toBe(true);
      expect(found['app.tsx']).toHaveLength(4);
    });

    it('react-compiler drops manual-memoization findings and keeps render loops and imports', async () => {
      const found = await lint(ESLint, project('react-compiler'));
      expect(found['app.tsx']).toEqual(['2:perfgate/no-heavy-imports:1', '6:perfgate/no-set-state-in-render:2']);
      expect(found['legacy.jsx']).toEqual([]);
    });
  });
}

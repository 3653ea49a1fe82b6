/** Every rule has its doc and its test, is exported, and sits in the presets. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from './index.js';
import { rules } from './rules/index.js';

const rulesDir = new URL('./rules/', import.meta.url);
const ruleDirs = readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('rule meta', () => {
  it('exports every rule folder and nothing else', () => {
    expect(Object.keys(rules).sort()).toEqual(ruleDirs.sort());
  });

  for (const name of ruleDirs) {
    describe(name, () => {
      const rule = rules[name as keyof typeof rules];
      it('has a test file', () => {
        expect(existsSync(new URL(`${name}/${name}.test.ts`, rulesDir))).toBe(true);
      });
      it('has a doc with why, examples, options, React Compiler note and when not to use it', () => {
        const doc = readFileSync(new URL(`${name}/${name}.md`, rulesDir), 'utf8');
        expect(doc).toMatch(new RegExp(`^# ${name}`));
        for (const heading of ['## Why', '## Examples', '## Options', '## React Compiler', '## When not to use it']) {
          expect(doc, heading).toContain(heading);
        }
        expect(doc).toContain('❌');
        expect(doc).toContain('✅');
      });
      it('has meta with type, description, docs url and messages', () => {
        expect(['problem', 'suggestion']).toContain(rule.meta.type);
        expect(rule.meta.docs?.description?.length).toBeGreaterThan(10);
        expect(rule.meta.docs?.url).toMatch(new RegExp(`/${name}/${name}\\.md$`));
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      });
      it('is on in recommended and strict, and in react-compiler unless the compiler covers it', () => {
        const id = `perfgate/${name}`;
        expect(['error', 'warn']).toContain(plugin.configs.recommended.rules?.[id]);
        expect(plugin.configs.strict.rules?.[id]).toBe('error');
        expect(plugin.configs['react-compiler'].rules?.[id]).toBe(rule.meta.docs?.coveredByReactCompiler ? 'off' : plugin.configs.recommended.rules?.[id]);
      });
    });
  }

  it('exposes { meta, rules, configs } as the default export', () => {
    expect(Object.keys(plugin).sort()).toEqual(['configs', 'meta', 'rules']);
    expect(plugin.meta.name).toBe('@perfgate/eslint-plugin');
    // meta.version is written out in index.ts; it must follow the package version
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version });
    expect(Object.keys(plugin.configs).sort()).toEqual(['react-compiler', 'recommended', 'strict']);
  });
});

// Loads a real perfgate.config.ts that imports `defineConfig` from '@perfgate/core' (through jiti and the built package).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('loadConfig with a TypeScript config importing @perfgate/core', () => {
  it('resolves the import and validates the result', async () => {
    const cwd = path.join(here, 'fixtures', 'ts-config');
    const loaded = await loadConfig({ cwd, env: {} });
    expect(loaded.file).toBe(path.join(cwd, 'perfgate.config.ts'));
    expect(loaded.config.baseline.strategy).toBe('manual');
    expect(loaded.config.budgets.build.js).toEqual({ error: 249_856 });
    expect(loaded.config.budgets.routes[0]?.metrics.LCP).toEqual({ error: 4000 });
  });
});

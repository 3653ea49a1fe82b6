import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitInfo, machineDescription } from './run-context.js';

describe('gitInfo', () => {
  it('prefers CI variables over the checkout', async () => {
    expect(await gitInfo(tmpdir(), { GITHUB_SHA: 'abc123', GITHUB_REF_NAME: 'main' })).toEqual({ sha: 'abc123', branch: 'main' });
    expect(await gitInfo(tmpdir(), { CI_COMMIT_SHA: 'def', GITHUB_HEAD_REF: '', CI_COMMIT_REF_NAME: 'feature/x' })).toEqual({ sha: 'def', branch: 'feature/x' });
  });

  it('reads the checkout this file is in, and nothing outside a checkout', async () => {
    const here = await gitInfo(import.meta.dirname, {});
    expect(here?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await gitInfo(mkdtempSync(join(tmpdir(), 'perfgate-nogit-')), {})).toBeUndefined();
  });
});

describe('machineDescription', () => {
  it('names the platform and CPU count', () => {
    expect(machineDescription()).toMatch(/^\w+ \d+ cpu$/);
  });
});

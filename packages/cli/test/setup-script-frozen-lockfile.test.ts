// Runs scripts/setup.sh (copied into a temp repo) with a stub `pnpm` on PATH whose frozen install fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const setupScript = fileURLToPath(new URL('../../../scripts/setup.sh', import.meta.url));

describe('scripts/setup.sh', () => {
  it('fails loudly when the frozen install fails, and never falls back to a non-frozen install', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'perfgate-setup-'));
    await mkdir(path.join(repo, 'scripts'));
    await mkdir(path.join(repo, 'bin'));
    await copyFile(setupScript, path.join(repo, 'scripts', 'setup.sh'));
    await writeFile(path.join(repo, 'package.json'), JSON.stringify({ packageManager: 'pnpm@9.9.9' }));
    const unfrozen = path.join(repo, 'unfrozen-install-ran');
    const stub = path.join(repo, 'bin', 'pnpm');
    await writeFile(
      stub,
      `#!/bin/sh
if [ "$1" = "-v" ]; then echo 9.9.9; exit 0; fi
case " $* " in
  *" --frozen-lockfile "*) echo " ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with frozen-lockfile" >&2; exit 1 ;;
  *" install "*) touch "${unfrozen}"; exit 0 ;;
esac
exit 0
`,
    );
    await chmod(stub, 0o755);
    const r = spawnSync('bash', [path.join(repo, 'scripts', 'setup.sh')], {
      encoding: 'utf8',
      env: { PATH: `${path.join(repo, 'bin')}:${process.env.PATH ?? ''}`, HOME: repo, PERFGATE_CHROMIUM: '/bin/true', PERFGATE_SKIP_SERVERS: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('pnpm install --frozen-lockfile failed: pnpm-lock.yaml does not match');
    expect(existsSync(unfrozen)).toBe(false);
  });
});

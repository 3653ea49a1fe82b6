import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Compilation, Compiler, Module } from 'webpack';
import { assetKind, chunkModules } from '@perfgate/webpack';
import { ENTRYPOINTS_FILE } from './entrypoints-file.js';
import type { EntrypointsFile } from './entrypoints-file.js';

/**
 * Added to Next's client webpack compilation by `withPerfgate`: after emit, writes every entrypoint's
 * files, client-module count and modules per file to `<distDir>/perfgate-entrypoints.json`. A file,
 * because with the build worker the compilation runs in another process than `runAfterProductionCompile`.
 */
export class NextEntrypointsPlugin {
  constructor(private readonly distDir: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tapPromise('PerfgateNextEntrypoints', async (compilation) => {
      const out = entrypointsOf(compilation);
      await mkdir(this.distDir, { recursive: true });
      const file = join(this.distDir, ENTRYPOINTS_FILE);
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(out));
      await rename(tmp, file);
    });
  }
}

/** Every entrypoint of a client compilation: its files, how many client JS modules it holds, modules per file. */
export function entrypointsOf(compilation: Compilation): EntrypointsFile {
  const out: EntrypointsFile = { version: 1, entrypoints: {}, modules: {} };
  const { chunkGraph } = compilation;
  for (const [name, ep] of compilation.entrypoints) {
    const files: string[] = [];
    const entryModules = new Set<Module>();
    for (const chunk of ep.chunks) for (const m of chunkGraph.getChunkEntryModulesIterable(chunk)) entryModules.add(m);
    let clientModules = 0;
    for (const chunk of ep.chunks) {
      for (const m of chunkGraph.getChunkModulesIterable(chunk)) {
        if (entryModules.has(m)) {
          // A scope-hoisted entry may have client components concatenated into it.
          const inner = (m as Module & { modules?: Module[] }).modules;
          if (Array.isArray(inner)) clientModules += Math.max(0, inner.filter((i) => assetKind(i.nameForCondition() ?? '') === 'js' || /\.[jt]sx?$/.test(i.nameForCondition() ?? '')).length - 1);
          continue;
        }
        const resource = m.nameForCondition() ?? '';
        if (m.type.startsWith('css') || assetKind(resource) === 'css' || /\.(s[ac]ss|less)$/.test(resource)) continue;
        clientModules++;
      }
      const mods = chunkModules(compilation, chunk);
      for (const f of chunk.files) {
        files.push(f);
        out.modules[f] = mods;
      }
    }
    out.entrypoints[name] = { files, clientModules };
  }
  return out;
}

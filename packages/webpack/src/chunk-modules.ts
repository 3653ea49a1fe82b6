import type { Chunk, Compilation, Module } from 'webpack';
import type { ModuleInfo } from '@perfgate/core/bundle';

/**
 * The modules bundled into a chunk, with their sizes (bytes, as webpack reports them), expanding
 * concatenated (scope-hoisted) modules so packages inside them are still seen.
 */
export function chunkModules(compilation: Compilation, chunk: Chunk): ModuleInfo[] {
  const out: ModuleInfo[] = [];
  const shortener = compilation.runtimeTemplate.requestShortener;
  const visit = (m: Module): void => {
    const inner = (m as Module & { modules?: Module[] }).modules;
    if (Array.isArray(inner) && inner.length > 0) {
      for (const i of inner) visit(i);
      return;
    }
    const name = m.nameForCondition() ?? m.readableIdentifier(shortener);
    out.push({ name: normalize(name, compilation.compiler.context), size: m.size() });
  };
  for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(m);
  return out;
}

function normalize(name: string, context: string): string {
  const clean = name.replace(/\\/g, '/');
  const ctx = context.replace(/\\/g, '/').replace(/\/+$/, '');
  return clean.startsWith(`${ctx}/`) ? `./${clean.slice(ctx.length + 1)}` : clean;
}

/** Files (relative to the output path) of every chunk of an entrypoint, with the modules of each file. */
export function entrypointFiles(
  compilation: Compilation,
  name: string,
): { files: string[]; modules: Record<string, ModuleInfo[]>; moduleCount: number } | undefined {
  const ep = compilation.entrypoints.get(name);
  if (!ep) return undefined;
  const files: string[] = [];
  const modules: Record<string, ModuleInfo[]> = {};
  let moduleCount = 0;
  for (const chunk of ep.chunks) {
    const mods = chunkModules(compilation, chunk);
    moduleCount += mods.length;
    for (const f of chunk.files) {
      files.push(f);
      modules[f] = mods;
    }
  }
  return { files, modules, moduleCount };
}

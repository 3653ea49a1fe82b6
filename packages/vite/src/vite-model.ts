import type { Rollup } from 'vite';
import type { BundleModel, ModuleInfo, RouteFiles } from '@perfgate/core/bundle';

/**
 * The bundle model of a Vite build: each entry is a route. An HTML entry (`index.html`,
 * `admin/index.html`) is named by its URL (`/`, `/admin/`); a JS entry by its chunk name. First load =
 * the entry chunk ∪ every chunk it imports statically (transitively; dynamic imports are excluded)
 * ∪ the CSS those chunks import.
 */
export function viteModel(bundle: Rollup.OutputBundle, outputDir: string, root: string): BundleModel {
  const chunks = new Map<string, Rollup.OutputChunk>();
  for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  const routes: RouteFiles[] = [];
  const modules: Record<string, ModuleInfo[]> = {};
  for (const chunk of chunks.values()) {
    modules[chunk.fileName] = Object.entries(chunk.modules).map(([id, m]) => ({ name: relativeId(id, root), size: m.renderedLength }));
    if (!chunk.isEntry) continue;
    const files: string[] = [];
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      const c = chunks.get(name);
      if (!c) return;
      files.push(c.fileName);
      for (const css of cssOf(c)) files.push(css);
      for (const dep of c.imports) visit(dep);
    };
    visit(chunk.fileName);
    routes.push({ route: routeName(chunk, root), files: [...new Set(files)] });
  }
  return { outputDir, routes, assets: Object.keys(bundle), modules };
}

function cssOf(chunk: Rollup.OutputChunk): string[] {
  const meta = (chunk as Rollup.OutputChunk & { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata;
  return meta?.importedCss ? [...meta.importedCss] : [];
}

function routeName(chunk: Rollup.OutputChunk, root: string): string {
  const facade = chunk.facadeModuleId ?? '';
  if (facade.endsWith('.html')) {
    const rel = relativeId(facade, root).replace(/^\.\//, '');
    return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
  }
  return chunk.name;
}

function relativeId(id: string, root: string): string {
  const clean = id.replace(/\\/g, '/').replace(/^\0/, '');
  const r = root.replace(/\\/g, '/').replace(/\/$/, '');
  return clean.startsWith(`${r}/`) ? `./${clean.slice(r.length + 1)}` : clean;
}

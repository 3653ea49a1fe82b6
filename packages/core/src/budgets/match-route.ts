import picomatch from 'picomatch';

const cache = new Map<string, Array<(route: string) => boolean>>();

/** Escapes `( ) [ ] { }` so Next route names such as `/(marketing)/[slug]` can be written literally in a glob. */
function literalize(glob: string): string {
  return glob.replace(/[()[\]{}]/g, (c) => `\\${c}`);
}

function matchers(glob: string): Array<(route: string) => boolean> {
  let m = cache.get(glob);
  if (!m) {
    const opts = { dot: true };
    m = [picomatch(glob, opts), picomatch(literalize(glob), opts)];
    cache.set(glob, m);
  }
  return m;
}

/**
 * Does `route` match `glob`? picomatch syntax (`/campaigns/**`, `/*`, `**`), plus: a glob equal to the
 * route always matches, and `( ) [ ] { }` also match literally, so `/(marketing)/*` and
 * `/campaigns/[id]` work for Next route names.
 */
export function matchRoute(glob: string, route: string): boolean {
  if (glob === route) return true;
  return matchers(glob).some((isMatch) => isMatch(route));
}

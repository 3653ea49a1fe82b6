import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The chart library inlined into every HTML report: uPlot (MIT, https://github.com/leeoniya/uPlot). */
export interface InlineChartLibrary {
  name: string;
  version: string;
  js: string;
  css: string;
}

let cached: InlineChartLibrary | undefined;

/** Reads uPlot's minified IIFE build and CSS from node_modules (once per process). */
export function chartLibrary(): InlineChartLibrary {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('uplot/package.json');
  const dir = pkgFile.slice(0, -'package.json'.length);
  const version = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  // `</script` cannot occur in a script element; the minified build does not contain it, but be sure.
  const js = readFileSync(`${dir}dist/uPlot.iife.min.js`, 'utf8').replace(/<\/script/gi, '<\\/script');
  const css = readFileSync(`${dir}dist/uPlot.min.css`, 'utf8').replace(/<\/style/gi, '<\\/style');
  cached = { name: 'uPlot', version, js, css };
  return cached;
}

// DomainFlow's Next config, guarded by perfgate: withPerfgate measures every route's first-load
// JavaScript after `next build` compiles (Turbopack or --webpack) and fails the build when a route
// breaks its budget in perfgate.config.ts or grows past the baseline in .perfgate/baseline.json.
//
// PERFGATE_DEMO_REGRESSION=bundle swaps the campaign form's validation for a lodash-based copy at build
// time (src/regressions/bundle); every other regression is read by server code at request time, so it
// needs no rebuild.
import { fileURLToPath } from 'node:url';
import { withPerfgate } from '@perfgate/next';

const regression = process.env.PERFGATE_DEMO_REGRESSION ?? '';
const validation = regression === 'bundle' ? './src/regressions/bundle/campaign-validation.ts' : './src/campaign-validation/index.ts';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `pnpm typecheck` runs tsc; `pnpm demo` sets this to skip Next's second type-check pass.
  typescript: { ignoreBuildErrors: process.env.PERFGATE_DEMO_SKIP_TYPECHECK === '1' },
  turbopack: {
    resolveAlias: { '@demo/campaign-validation': validation },
  },
  webpack(config, { webpack }) {
    // Replace the request before resolution: under webpack, tsconfig `paths` would win over an alias.
    config.plugins.push(
      new webpack.NormalModuleReplacementPlugin(/^@demo\/campaign-validation$/, fileURLToPath(new URL(validation, import.meta.url))),
    );
    return config;
  },
};

export default withPerfgate(nextConfig);

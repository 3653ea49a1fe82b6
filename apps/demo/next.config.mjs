// DomainFlow's Next config. PERFGATE_DEMO_REGRESSION=bundle swaps the campaign form's validation for a
// lodash-based copy at build time (see src/regressions/bundle); every other regression is read by
// server code at request time, so it needs no rebuild.
const regression = process.env.PERFGATE_DEMO_REGRESSION ?? '';
const validation = regression === 'bundle' ? './src/regressions/bundle/campaign-validation.ts' : './src/campaign-validation/index.ts';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: {
    resolveAlias: { '@demo/campaign-validation': validation },
  },
  webpack(config) {
    config.resolve.alias['@demo/campaign-validation'] = new URL(validation, import.meta.url).pathname;
    return config;
  },
};

export default nextConfig;

import { createVitalsHandler } from '@perfgate/next/server';
import config from '../../../perfgate.config';

const windowMs = Number(process.env.PERFGATE_FIELD_WINDOW_MS);
const flushToken = process.env.PERFGATE_FIELD_FLUSH_TOKEN;

/**
 * Field monitoring ingest: real users' vitals from <PerfgateVitals> (app/layout.tsx, pages/_app.tsx),
 * aggregated per route × metric × window and appended to .perfgate/history (git-ignored in the demo).
 * `pnpm demo` sets PERFGATE_FIELD_WINDOW_MS (2 s, so this run's windows reach the lab report; 5 min
 * otherwise) and PERFGATE_FIELD_FLUSH_TOKEN (it stores the last window before stopping the server).
 */
export const POST = createVitalsHandler({
  config,
  app: 'domainflow',
  ...(windowMs >= 1000 ? { windowMs } : {}),
  ...(flushToken ? { flushToken } : {}),
  // On 127.0.0.1 there is no proxy, so every client shares one rate-limit bucket (see `trustProxy`):
  // leave room for a lab run's page views.
  rateLimit: { perMinute: 600, burst: 100 },
});

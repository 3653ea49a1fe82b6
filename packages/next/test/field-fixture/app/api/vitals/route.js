import { appendFileSync } from 'node:fs';
import { createVitalsHandler } from '@perfgate/next/server';

// One-second windows so the E2E test sees aggregated windows quickly. The perfgate config (an app would
// `import config from '../../../perfgate.config'`) sends every window to the history under FIELD_STORAGE
// and raises an alert to the webhook in FIELD_WEBHOOK_URL whenever a window's FCP p75 is above 1 ms.
// Each closed window's Run is also appended to FIELD_OUT (JSON Lines) for the test to read.
const handler = createVitalsHandler({
  windowMs: 1_000,
  app: 'field-fixture',
  config: {
    storageDir: process.env.FIELD_STORAGE ?? '.perfgate',
    alerts: {
      rules: [{ name: 'field-fcp-p75', metric: 'FCP', condition: 'greater_than', threshold: 1, window: 1, minSamples: 1, source: 'field' }],
      channels: { hook: { type: 'webhook', urlEnv: 'FIELD_WEBHOOK_URL', retries: 0 } },
    },
  },
  sinks: [(run) => { if (process.env.FIELD_OUT) appendFileSync(process.env.FIELD_OUT, JSON.stringify(run) + '\n'); }],
});

// Test spy: records each request exactly as it came over the wire (headers and body) to FIELD_RAW,
// because beacons sent while a page unloads are invisible to Playwright's request events.
export async function POST(req) {
  if (process.env.FIELD_RAW) {
    const body = await req.clone().text();
    appendFileSync(process.env.FIELD_RAW, JSON.stringify({ headers: Object.fromEntries(req.headers), body }) + '\n');
  }
  return handler(req);
}

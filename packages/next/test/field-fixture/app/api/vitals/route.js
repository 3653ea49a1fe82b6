import { appendFileSync } from 'node:fs';
import { createVitalsHandler } from '@perfgate/next/server';

// One-second windows so the E2E test sees aggregated windows quickly; each closed window's Run is
// appended to FIELD_OUT (JSON Lines), as core's history store would.
const handler = createVitalsHandler({
  windowMs: 1_000,
  app: 'field-fixture',
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

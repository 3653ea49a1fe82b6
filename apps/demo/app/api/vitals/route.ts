import { createVitalsHandler } from '@perfgate/next/server';
import config from '../../../perfgate.config';

/**
 * Field monitoring ingest: real users' vitals from <PerfgateVitals> (app/layout.tsx), aggregated per
 * route × metric × window and appended to .perfgate/history (git-ignored in the demo).
 */
export const POST = createVitalsHandler({ config, app: 'domainflow' });

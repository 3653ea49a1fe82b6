// Field-monitoring fixture: a tiny App Router app using <PerfgateVitals> and createVitalsHandler
// from this package's dist/ (self-reference through package.json "exports").
export default {
  distDir: process.env.FIXTURE_DIST_DIR || '.next',
};

/** The samples of a metric result: `samples` of a sample set, else `[value]`. */
export function samplesOf(m) {
    if (m.samples)
        return m.samples;
    return m.status === 'measured' && m.value !== null ? [m.value] : [];
}
/** Measurements of one result or sample set. */
export function toMeasurements(result) {
    const measurements = [];
    const missing = [];
    for (const m of Object.values(result.metrics)) {
        const samples = samplesOf(m);
        if (samples.length === 0) {
            missing.push(m);
            continue;
        }
        measurements.push({
            route: result.route,
            metric: m.metric,
            unit: m.unit,
            samples,
            ...(m.attribution ? { attribution: m.attribution } : {}),
        });
    }
    return { measurements, missing };
}
/** Is this value a perfgate result? */
export function isPerfResult(value) {
    const v = value;
    return !!v && typeof v === 'object' && typeof v.route === 'string' && !!v.metrics && typeof v.metrics === 'object';
}
//# sourceMappingURL=to-measurements.js.map
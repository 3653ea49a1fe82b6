function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** Merges runs. A metric missing in every run stays `missing` with the first reason. */
export function mergeRuns(runs, route) {
    const last = runs[runs.length - 1];
    if (!last)
        throw new Error('mergeRuns: no runs');
    const ids = [...new Set(runs.flatMap((r) => Object.keys(r.metrics)))];
    const metrics = {};
    for (const id of ids) {
        const samples = [];
        const missingRuns = [];
        let first;
        runs.forEach((r, i) => {
            const m = r.metrics[id];
            if (!first && m)
                first = m;
            if (m && m.status === 'measured' && m.value !== null)
                samples.push(m.value);
            else
                missingRuns.push({ run: i, reason: m?.reason ?? `not collected in run ${i + 1}` });
        });
        const base = first;
        const lastMeasured = [...runs].reverse().map((r) => r.metrics[id]).find((m) => m?.status === 'measured');
        metrics[id] = samples.length
            ? {
                metric: id,
                unit: base.unit,
                status: 'measured',
                value: median(samples),
                ...(lastMeasured?.attribution ? { attribution: lastMeasured.attribution } : {}),
                ...(missingRuns.length ? { reason: `missing in ${missingRuns.length} of ${runs.length} runs: ${missingRuns[0].reason}` } : {}),
                samples,
                missingRuns,
            }
            : { metric: id, unit: base.unit, status: 'missing', value: null, reason: missingRuns[0].reason, samples, missingRuns };
    }
    return { route: route ?? last.route, url: last.url, throttling: last.throttling, browser: last.browser, runs, metrics };
}
//# sourceMappingURL=sample-set.js.map
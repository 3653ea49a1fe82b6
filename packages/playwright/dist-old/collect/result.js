/** A metric result that is missing, with its reason. */
export function missing(metric, unit, reason) {
    return { metric, unit, status: 'missing', value: null, reason };
}
/** A measured metric result. */
export function measured(metric, unit, value, extra = {}) {
    return { metric, unit, status: 'measured', value, ...extra };
}
/** The missing metrics of a result, `metric: reason` each. */
export function missingMetrics(result) {
    return Object.values(result.metrics)
        .filter((m) => m.status === 'missing')
        .map((m) => `${m.metric}: ${m.reason ?? 'not measured'}`);
}
//# sourceMappingURL=result.js.map
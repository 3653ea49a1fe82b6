const envName = (r) => `${r.browser.split(' ')[0] ?? r.browser}|${r.throttling}`;
/** Gathers runs from every test's results. */
export function gatherRuns(tests, options) {
    const sorted = [...tests].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    const byEnv = new Map();
    const missing = new Map();
    let collections = 0;
    for (const t of sorted) {
        for (const r of t.results) {
            collections++;
            const env = envName(r);
            let group = byEnv.get(env);
            if (!group) {
                group = { browser: r.browser, throttling: r.throttling, series: new Map() };
                byEnv.set(env, group);
            }
            for (const m of Object.values(r.metrics)) {
                const key = `${r.route}\u0000${m.metric}`;
                if (m.status !== 'measured' || m.value === null) {
                    const note = missing.get(`${env}\u0000${key}`) ?? { route: r.route, metric: m.metric, missing: 0, of: 0, reason: m.reason ?? 'not measured', env: `throttling=${r.throttling}` };
                    note.missing++;
                    missing.set(`${env}\u0000${key}`, note);
                    continue;
                }
                const s = group.series.get(key);
                if (!s) {
                    group.series.set(key, {
                        m: { route: r.route, metric: m.metric, unit: m.unit, samples: [m.value], ...(m.attribution ? { attribution: m.attribution } : {}) },
                        worst: m.value,
                    });
                }
                else {
                    s.m.samples.push(m.value);
                    // Keep the attribution of the worst sample: that is the one a regression needs explained.
                    if (m.value > s.worst && m.attribution) {
                        s.m.attribution = m.attribution;
                        s.worst = m.value;
                    }
                }
            }
        }
    }
    // "of": every collection of that route in that env tried every metric it reported.
    for (const [k, note] of missing) {
        const env = k.split('\u0000')[0];
        const group = byEnv.get(env);
        const measuredCount = group?.series.get(`${note.route}\u0000${note.metric}`)?.m.samples.length ?? 0;
        note.of = note.missing + measuredCount;
    }
    const runs = [...byEnv.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([env, g]) => {
        const measurements = [...g.series.values()]
            .map((s) => s.m)
            .sort((a, b) => a.route.localeCompare(b.route) || a.metric.localeCompare(b.metric));
        const run = {
            id: `playwright-${options.startedAt}-${g.throttling}`,
            startedAt: options.startedAt,
            source: 'lab',
            ...(options.git ? { git: options.git } : {}),
            environment: {
                browser: g.browser,
                throttling: g.throttling,
                ...(options.machine ? { machine: options.machine } : {}),
                ...(options.app ? { app: options.app } : {}),
            },
            measurements,
        };
        return { env, run };
    });
    return {
        runs,
        missing: [...missing.values()].sort((a, b) => a.route.localeCompare(b.route) || a.metric.localeCompare(b.metric)),
        tests: tests.length,
        collections,
    };
}
//# sourceMappingURL=gather.js.map
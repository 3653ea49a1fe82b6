import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gitInfo, machineDescription, runGate } from '@perfgate/core';
import { decodeAttachment, PERF_ATTACHMENT } from '../fixture/attachment.js';
import { gatherRuns } from './gather.js';
/** The reporter. */
export default class PerfgateReporter {
    options;
    byTest = new Map();
    cwd = process.cwd();
    startedAt = new Date().toISOString();
    errors = [];
    /** Outcomes of the last `onEnd` (for tests and programmatic use). */
    outcomes = [];
    constructor(options = {}) {
        this.options = options;
    }
    onBegin(config, _suite) {
        this.cwd = this.options.cwd ?? (config.configFile ? dirname(config.configFile) : config.rootDir);
    }
    onTestEnd(test, result) {
        const where = `test "${test.titlePath().join(' > ')}"`;
        const results = [];
        for (const a of result.attachments) {
            if (a.name !== PERF_ATTACHMENT)
                continue;
            try {
                const body = a.body ?? (a.path ? readFileSync(a.path) : undefined);
                if (!body)
                    throw new Error(`attachment "${PERF_ATTACHMENT}" of ${where} has neither body nor path`);
                results.push(...decodeAttachment(body, where).results);
            }
            catch (error) {
                this.errors.push(error.message);
            }
        }
        // The last attempt wins (retries): its samples are the ones that passed or failed for real.
        const order = `${test.location.file.split(/[\\/]/).slice(-2).join('/')}\u0000${test.titlePath().join('\u0000')}`;
        if (results.length)
            this.byTest.set(test.id, { order, results });
        else
            this.byTest.delete(test.id);
    }
    async onEnd(result) {
        const log = (line) => console.log(line);
        for (const e of this.errors)
            log(`perfgate: ${e}`);
        const git = await gitInfo(this.cwd);
        const gathered = gatherRuns([...this.byTest.values()], {
            startedAt: this.startedAt,
            machine: machineDescription(),
            ...(git ? { git } : {}),
            ...(this.options.app ? { app: this.options.app } : {}),
        });
        if (gathered.runs.length === 0) {
            log('perfgate: no perf results were attached by any test (use the perf fixture from @perfgate/playwright and call perf.collect()).');
            return;
        }
        const failOn = this.options.failOnRegression ?? true;
        let failed = false;
        this.outcomes = [];
        for (const { env, run } of gathered.runs) {
            const name = (this.options.reportName ?? 'playwright') + (gathered.runs.length > 1 ? `-${run.environment.throttling ?? 'none'}` : '');
            log('');
            log(`perfgate: ${gathered.tests} test(s), ${gathered.collections} page collection(s) · ${run.environment.browser} · throttling ${run.environment.throttling}`);
            let outcome;
            try {
                // runGate prints the text report, the failures and the baseline note itself.
                // Only an explicit option overrides core's PERFGATE_UPDATE_BASELINE handling (=1, =force).
                const update = this.options.updateBaseline !== undefined ? { updateBaseline: this.options.updateBaseline } : {};
                outcome = await runGate(run, { cwd: this.cwd, reportName: name, ...update, log });
            }
            catch (error) {
                log(`perfgate: gate could not run: ${error.message}`);
                failed = true;
                continue;
            }
            this.outcomes.push({ env, outcome });
            if (outcome.exitCode !== 0)
                failed = true;
            log(`perfgate: reports → ${outcome.files.join(', ')}`);
        }
        if (gathered.missing.length) {
            log('perfgate: metrics not measured (not compared, not recorded):');
            for (const m of gathered.missing)
                log(`  - ${m.route} ${m.metric} [${m.env}]: missing in ${m.missing} of ${m.of} — ${m.reason}`);
        }
        if (failed && failOn && result.status === 'passed')
            return { status: 'failed' };
    }
    printsToStdio() {
        return false;
    }
}
//# sourceMappingURL=reporter.js.map
/**
 * bench/lint: lint perfgate's labelled React corpus with perfgate's `recommended` preset and with
 * the closest rules of eslint-plugin-react-perf, eslint-plugin-react and @eslint-react, all under
 * the same ESLint and parser, and print precision, recall and time for each.
 *
 * Run: `pnpm --filter @perfgate/bench run lint-rules` (options: `--iterations=N`, `--eslint=9`,
 * `--profile`: also print each tool's per-rule median ms, to find which rule costs what;
 * `--floor`: also time perfgate's own reports replayed by rules that do no analysis, the part of
 * perfgate's rule time that no rule optimisation can remove).
 */
import { cpus } from 'node:os';
import eslintReact from '@eslint-react/eslint-plugin';
import perfgate from '@perfgate/eslint-plugin';
import * as tsParser from '@typescript-eslint/parser';
import react from 'eslint-plugin-react';
import reactPerf from 'eslint-plugin-react-perf';
import { CORPUS_DIR, readCorpus, type LineFinding } from '../../packages/eslint-plugin/test/corpus-labels.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const ITERATIONS = Number(args.get('iterations') ?? 30);
const WARMUP = 5;
const PROFILE = args.has('profile');
const FLOOR = args.has('floor');
const eslintVersion = args.get('eslint') === '9' ? '9' : '10';
const { ESLint } = (await import(eslintVersion === '9' ? 'eslint9' : 'eslint')) as typeof import('eslint');

/** A tool under comparison: its plugins, rules, and which perfgate rule each of its rules matches. */
interface Tool {
  name: string;
  plugins: Record<string, unknown>;
  rules: Record<string, 'error' | 'warn'>;
  /** rule id → perfgate rule names it corresponds to. */
  mapping: Record<string, string[]>;
  settings?: Record<string, unknown>;
}

const MEMO = 'no-unstable-memo-props';
const CONTEXT = 'no-unstable-context-value';
const perfgateRules = Object.keys(perfgate.rules);

const eslintReactPlugins = (eslintReact.configs.all as { plugins: Record<string, unknown> }).plugins;

const tools: Tool[] = [
  {
    name: 'perfgate (recommended)',
    plugins: perfgate.configs.recommended.plugins as Record<string, unknown>,
    rules: perfgate.configs.recommended.rules as Record<string, 'error' | 'warn'>,
    mapping: Object.fromEntries(perfgateRules.map((r) => [`perfgate/${r}`, [r]])),
  },
  {
    // the two perfgate rules for the patterns react-perf targets: apples-to-apples rule time
    name: 'perfgate (only its 2 rules for react-perf\'s patterns)',
    plugins: perfgate.configs.recommended.plugins as Record<string, unknown>,
    rules: { [`perfgate/${MEMO}`]: 'error', [`perfgate/${CONTEXT}`]: 'error' },
    mapping: { [`perfgate/${MEMO}`]: [MEMO], [`perfgate/${CONTEXT}`]: [CONTEXT] },
  },
  {
    name: 'eslint-plugin-react-perf 3.3.3 (all 4 rules)',
    plugins: { 'react-perf': reactPerf },
    rules: {
      'react-perf/jsx-no-new-object-as-prop': 'error',
      'react-perf/jsx-no-new-array-as-prop': 'error',
      'react-perf/jsx-no-new-function-as-prop': 'error',
      'react-perf/jsx-no-jsx-as-prop': 'error',
    },
    mapping: {
      'react-perf/jsx-no-new-object-as-prop': [MEMO, CONTEXT],
      'react-perf/jsx-no-new-array-as-prop': [MEMO, CONTEXT],
      'react-perf/jsx-no-new-function-as-prop': [MEMO, CONTEXT],
      'react-perf/jsx-no-jsx-as-prop': [MEMO],
    },
  },
  {
    name: 'eslint-plugin-react 7.37.5 (closest 4 rules)',
    plugins: { react },
    settings: { react: { version: '19.0' } },
    rules: {
      'react/jsx-no-bind': 'error',
      'react/jsx-no-constructed-context-values': 'error',
      'react/no-unstable-nested-components': 'error',
      'react/no-object-type-as-default-prop': 'error',
    },
    mapping: {
      'react/jsx-no-bind': [MEMO, CONTEXT],
      'react/jsx-no-constructed-context-values': [CONTEXT],
      'react/no-unstable-nested-components': ['no-nested-component-definitions'],
      'react/no-object-type-as-default-prop': ['no-unstable-default-props'],
    },
  },
  {
    name: '@eslint-react 2.9.4 (closest 5 rules)',
    plugins: eslintReactPlugins,
    rules: {
      '@eslint-react/no-unstable-context-value': 'error',
      '@eslint-react/no-unstable-default-props': 'error',
      '@eslint-react/no-nested-component-definitions': 'error',
      '@eslint-react/prefer-use-state-lazy-initialization': 'error',
      '@eslint-react/hooks-extra/no-direct-set-state-in-use-effect': 'error',
    },
    mapping: {
      '@eslint-react/no-unstable-context-value': [CONTEXT],
      '@eslint-react/no-unstable-default-props': ['no-unstable-default-props'],
      '@eslint-react/no-nested-component-definitions': ['no-nested-component-definitions'],
      '@eslint-react/prefer-use-state-lazy-initialization': ['prefer-lazy-state-initializer'],
      '@eslint-react/hooks-extra/no-direct-set-state-in-use-effect': ['no-set-state-in-effect-without-deps'],
    },
  },
];

const corpus = readCorpus();

/** What a rule passed to `context.report`, enough to report it again without analysis. */
interface RecordedReport {
  loc: unknown;
  messageId: string;
  data?: Record<string, unknown>;
  suggest: { messageId: string; data?: Record<string, unknown>; fix: { range: [number, number]; text: string } }[];
}

type RuleModule = { meta: unknown; create(context: unknown): Record<string, unknown> };

/**
 * `--floor`: lint the corpus once with perfgate's rules, recording every report (message id,
 * data, suggestions with their fixes), and return a plugin whose rules of the same names and
 * meta report exactly those again in `Program:exit` and do nothing else. Its rule time is what
 * ESLint's report path (message interpolation, suggestion fixes, the first report of each file)
 * costs for perfgate's findings.
 */
async function replayPlugin(): Promise<{ rules: Record<string, RuleModule> }> {
  const recorded = new Map<string, Map<string, RecordedReport[]>>();
  const recordingRules: Record<string, RuleModule> = {};
  for (const [name, rule] of Object.entries(perfgate.rules as unknown as Record<string, RuleModule>)) {
    recordingRules[name] = {
      ...rule,
      create(context: unknown) {
        const ctx = context as { filename: string; report(d: unknown): void };
        const list: RecordedReport[] = [];
        if (!recorded.has(ctx.filename)) recorded.set(ctx.filename, new Map());
        recorded.get(ctx.filename)!.set(name, list);
        const fixer = { replaceText: (node: { range: [number, number] }, text: string) => ({ range: node.range, text }) };
        const report = (d: { node: { loc: unknown }; messageId: string; data?: Record<string, unknown>; suggest?: { messageId: string; data?: Record<string, unknown>; fix(f: unknown): { range: [number, number]; text: string } }[] }) => {
          list.push({ loc: d.node.loc, messageId: d.messageId, data: d.data, suggest: (d.suggest ?? []).map((x) => ({ messageId: x.messageId, data: x.data, fix: x.fix(fixer) })) });
          ctx.report(d);
        };
        return rule.create(Object.create(ctx as object, { report: { value: report } }));
      },
    };
  }
  await makeEslint({ name: 'record', plugins: { perfgate: { rules: recordingRules } }, rules: tools[0]!.rules, mapping: {} }, false).lintFiles(corpus.files);
  const replayRules: Record<string, RuleModule> = {};
  for (const [name, rule] of Object.entries(perfgate.rules as unknown as Record<string, RuleModule>)) {
    replayRules[name] = {
      meta: rule.meta,
      create(context: unknown) {
        const ctx = context as { filename: string; report(d: unknown): void };
        const list = recorded.get(ctx.filename)?.get(name) ?? [];
        if (list.length === 0) return {};
        return {
          'Program:exit'() {
            for (const d of list) {
              ctx.report({
                loc: d.loc,
                messageId: d.messageId,
                data: d.data,
                suggest: d.suggest.map((x) => ({ messageId: x.messageId, data: x.data, fix: (f: { replaceTextRange(r: [number, number], t: string): unknown }) => f.replaceTextRange(x.fix.range, x.fix.text) })),
              });
            }
          },
        };
      },
    };
  }
  return { rules: replayRules };
}

if (FLOOR) {
  const replay = await replayPlugin();
  const [recommended, two] = tools;
  tools.push({ ...recommended!, name: 'perfgate floor: recommended\'s reports replayed, no analysis', plugins: { perfgate: replay } });
  tools.push({ ...two!, name: 'perfgate floor: the 2 rules\' reports replayed, no analysis', plugins: { perfgate: replay } });
}
const isFloor = (name: string) => name.startsWith('perfgate floor');

function makeEslint(tool: Tool, stats: boolean) {
  return new ESLint({
    cwd: CORPUS_DIR,
    overrideConfigFile: true,
    stats,
    overrideConfig: [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: tool.plugins as never,
        rules: tool.rules,
        ...(tool.settings ? { settings: tool.settings } : {}),
      },
    ],
  });
}

interface Row {
  tool: string;
  covered: string[];
  findings: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  perCategory: Map<string, { tp: number; fp: number; fn: number }>;
  wallMs: number;
  ruleMs: number;
  perRule: Map<string, number>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function measure(tool: Tool): Promise<Row> {
  const eslint = makeEslint(tool, true);
  const results = await eslint.lintFiles(corpus.files);
  // Findings, each attributed to the perfgate rule whose expected finding it hits (else its first mapped rule).
  const found = new Map<string, LineFinding>();
  for (const r of results) {
    const file = r.filePath.slice(CORPUS_DIR.length);
    for (const m of r.messages) {
      if (m.fatal) throw new Error(`${tool.name}: ${file}:${m.line} ${m.message}`);
      const mapped = m.ruleId ? tool.mapping[m.ruleId] : undefined;
      if (!mapped) continue;
      const hit = mapped.find((rule) => corpus.expected.some((e) => e.file === file && e.line === m.line && e.rule === rule));
      const rule = hit ?? mapped[0]!;
      found.set(`${file}:${m.line}:${rule}`, { file, line: m.line, rule });
    }
  }
  const covered = [...new Set(Object.values(tool.mapping).flat())];
  const perCategory = new Map<string, { tp: number; fp: number; fn: number }>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const rule of covered) {
    const exp = corpus.expected.filter((e) => e.rule === rule);
    const got = [...found.values()].filter((f) => f.rule === rule);
    const t = got.filter((g) => exp.some((e) => e.file === g.file && e.line === g.line)).length;
    const c = { tp: t, fp: got.length - t, fn: exp.length - t };
    perCategory.set(rule, c);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }

  return {
    tool: tool.name,
    covered,
    findings: found.size,
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    perCategory,
    wallMs: 0,
    ruleMs: 0,
    perRule: new Map(),
  };
}

/** Median timings of one tool over the timed iterations. */
interface Timing {
  /** Whole `lintFiles` pass over the corpus (read, parse, scope analysis, rules), ESLint `stats` off, ms. */
  wallMs: number;
  /** The tool's own rules (create + listeners + reports), from ESLint `stats`, ms per corpus pass. */
  ruleMs: number;
  /** Per rule id, median ms per corpus pass (for `--profile`). */
  perRule: Map<string, number>;
}

/**
 * Time every tool over the same iterations, interleaved (the order rotates each iteration) so
 * JIT warm-up, GC and machine noise fall on all tools alike. Each iteration lints the same
 * corpus files twice per tool: once with ESLint `stats` off for the whole-pass time a user sees
 * (stats wrap every listener call in a timer, which would charge tools with more listener calls
 * for the measuring itself), once with `stats` on for the tool's own rule time.
 */
async function time(all: readonly Tool[]): Promise<Timing[]> {
  const plain = all.map((tool) => makeEslint(tool, false));
  const withStats = all.map((tool) => makeEslint(tool, true));
  const wall: number[][] = all.map(() => []);
  const rules: number[][] = all.map(() => []);
  const perRule: Map<string, number[]>[] = all.map(() => new Map());
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    for (let k = 0; k < all.length; k++) {
      const t = (i + k) % all.length;
      const start = process.hrtime.bigint();
      await plain[t]!.lintFiles(corpus.files);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const res = await withStats[t]!.lintFiles(corpus.files);
      const byRule = new Map<string, number>();
      for (const r of res) {
        for (const pass of r.stats?.times.passes ?? []) {
          for (const [id, x] of Object.entries(pass.rules ?? {})) {
            if (id in all[t]!.rules) byRule.set(id, (byRule.get(id) ?? 0) + x.total);
          }
        }
      }
      if (i >= WARMUP) {
        wall[t]!.push(ms);
        rules[t]!.push([...byRule.values()].reduce((a, b) => a + b, 0));
        for (const id of Object.keys(all[t]!.rules)) {
          const list = perRule[t]!.get(id) ?? [];
          list.push(byRule.get(id) ?? 0);
          perRule[t]!.set(id, list);
        }
      }
    }
  }
  return all.map((_, t) => ({
    wallMs: median(wall[t]!),
    ruleMs: median(rules[t]!),
    perRule: new Map([...perRule[t]!].map(([id, xs]) => [id, median(xs)])),
  }));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const rows: Row[] = [];
for (const tool of tools) rows.push(await measure(tool));
const times = await time(tools);
rows.forEach((row, i) => Object.assign(row, times[i]));

console.log(`bench/lint — ESLint ${eslintVersion} (${(await import(eslintVersion === '9' ? 'eslint9/package.json' : 'eslint/package.json', { with: { type: 'json' } })).default.version}), @typescript-eslint/parser, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}`);
console.log(`corpus: ${corpus.files.length} files in packages/eslint-plugin/test/corpus, ${corpus.expected.length} labelled findings, ${corpus.lookAlikes.length} labelled look-alikes`);
console.log(
  `time: every tool lints the same ${corpus.files.length} files with the same parser config, ${ITERATIONS} timed passes each after ${WARMUP} warm-ups, tools interleaved (order rotates); medians.\n` +
    `  "rule ms" = the tool's own rules only (create + listeners + reports, ESLint stats on); "pass ms" = the whole lintFiles pass (read, parse, scope analysis, rules; stats off)\n`,
);
console.log(
  table(
    ['tool', 'perfgate rules covered', 'findings', 'TP', 'FP', 'FN', 'precision', 'recall', 'rule ms', 'pass ms'],
    rows.map((r) => [r.tool, String(r.covered.length), String(r.findings), String(r.tp), String(r.fp), String(r.fn), pct(r.precision), pct(r.recall), r.ruleMs.toFixed(2), r.wallMs.toFixed(1)]),
  ),
);
console.log('\nprecision / recall per pattern (— = tool has no matching rule)\n');
const scored = rows.filter((r) => !isFloor(r.tool));
console.log(
  table(
    ['pattern (perfgate rule)', ...scored.map((r) => r.tool.split(' ')[0]!)],
    perfgateRules.map((rule) => [
      rule,
      ...scored.map((r) => {
        const c = r.perCategory.get(rule);
        if (!c) return '—';
        const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
        const rc = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
        return `${pct(p)} / ${pct(rc)}`;
      }),
    ]),
  ),
);

if (PROFILE) {
  console.log('\nper-rule median ms per corpus pass (--profile)\n');
  console.log(
    table(
      ['tool', 'rule', 'ms'],
      rows.flatMap((r) => [...r.perRule].sort((a, b) => b[1] - a[1]).map(([id, ms]) => [r.tool, id, ms.toFixed(3)])),
    ),
  );
}

const pg = rows.find((r) => r.tool.startsWith('perfgate (only'))!;
const floors = rows.filter((r) => isFloor(r.tool));
const rp = rows.find((r) => r.tool.startsWith('eslint-plugin-react-perf'))!;
const all = rows[0]!;
console.log(
  `\ncompared: (1) rule time for the same patterns — perfgate's 2 rules for react-perf's patterns ${pg.ruleMs.toFixed(2)} ms vs react-perf's 4 rules ${rp.ruleMs.toFixed(2)} ms (${pg.ruleMs <= rp.ruleMs ? '≤' : '>'});\n` +
    `          (2) whole lint pass — perfgate recommended (all 9 rules) ${all.wallMs.toFixed(1)} ms vs react-perf (4 rules) ${rp.wallMs.toFixed(1)} ms (${all.wallMs <= rp.wallMs ? '≤' : '>'})`,
);
if (floors.length > 0) {
  console.log(
    `          floor (--floor) — the same reports replayed with no analysis: recommended ${floors[0]!.ruleMs.toFixed(2)} ms, ` +
      `2 rules ${floors[1]!.ruleMs.toFixed(2)} ms (react-perf, all its work: ${rp.ruleMs.toFixed(2)} ms)`,
  );
}

import { ESLint } from 'eslint';
import perfgate from '@perfgate/eslint-plugin';
import { CORPUS_DIR, readCorpus } from '../../packages/eslint-plugin/test/corpus-labels.ts';
const corpus = readCorpus();
const eslint = new ESLint({ cwd: CORPUS_DIR, overrideConfigFile: true, stats: true, overrideConfig: [perfgate.configs.recommended as never] });
const totals: Record<string, number> = {};
for (let i = 0; i < 40; i++) {
  const res = await eslint.lintFiles(corpus.files);
  if (i < 10) continue;
  for (const r of res) for (const p of r.stats?.times.passes ?? []) for (const [id, t] of Object.entries(p.rules ?? {})) totals[id] = (totals[id] ?? 0) + t.total / 30;
}
console.log(Object.entries(totals).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(3)}`).join('\n'));

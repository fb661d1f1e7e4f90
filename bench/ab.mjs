// Interleaved A/B comparison of two builds: runs bench/bench.mjs on each in turn (A B, B A, A B, …) so that a
// change in the machine's load falls on both, then reports each figure's median per build and the ratio
// new/old. Usage: node bench/ab.mjs OLD_DIST NEW_DIST [rounds] [out.json]
// (scripts/bench.sh runs it when BENCH_AGAINST names a revision; BENCH_ONLY picks the parts, as for bench.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [oldDist, newDist, roundsArg, outArg] = process.argv.slice(2);
if (!oldDist || !newDist) throw new Error('usage: node bench/ab.mjs OLD_DIST NEW_DIST [rounds] [out.json]');
const rounds = Number(roundsArg || 3);
const out = outArg || 'bench/results/ab.json';
const parts = process.env.BENCH_ONLY || 'wasm,render,felt,interaction';

// The figures compared, each read from a bench.mjs report.
const FIGURES = {
  'full evaluation in WebAssembly, median (ms)': (r) => r.full_evaluation_ms_wasm?.median,
  'time to full render, unthrottled, median (ms)': (r) => r.full_render_ms_unthrottled?.median,
  'time to full render, 4x CPU throttling, median (ms)': (r) => r.full_render_ms_cpu_4x?.median,
  'paced key press to the first frame after the change, p95 (ms)': (r) => r.felt?.first_frame_after_change_ms?.p95,
  'paced key press to the frame after the charts are redrawn, p95 (ms)': (r) => r.felt?.frame_after_charts_redrawn_ms?.p95,
  'interaction to next paint, p95 (ms)': (r) => r.interaction?.interaction_to_next_paint_ms?.p95,
  'synchronous work per task, p95 (ms)': (r) => r.interaction?.work_per_update_ms?.p95,
  'memory growth, 100 → 1,000 updates (%)': (r) => r.memory?.growth_percent,
  'first-load transfer, brotli (KB)': (r) => r.transfer?.total?.brotli / 1000,
};
const median = (xs) => { const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const r2 = (x) => (x == null ? null : Math.round(x * 100) / 100);

const runs = { old: [], new: [] };
mkdirSync(join(dirname(out), 'ab-runs'), { recursive: true });
for (let i = 0; i < rounds; i++) {
  // Alternate which build goes first, so neither always runs on a warmer (or busier) machine.
  const order = i % 2 === 0 ? [['old', oldDist], ['new', newDist]] : [['new', newDist], ['old', oldDist]];
  for (const [which, dist] of order) {
    const file = join(dirname(out), 'ab-runs', `${which}-${i + 1}.json`);
    console.error(`[ab] round ${i + 1}/${rounds}: ${which} build (${dist})`);
    execFileSync('node', ['bench/bench.mjs', file], { env: { ...process.env, BENCH_DIST: dist, BENCH_ONLY: parts }, stdio: ['ignore', 'ignore', 'inherit'] });
    runs[which].push(JSON.parse(readFileSync(file, 'utf8')));
  }
}
const figures = Object.entries(FIGURES).map(([figure, read]) => {
  const o = median(runs.old.map(read));
  const n = median(runs.new.map(read));
  return { figure, old: r2(o), new: r2(n), ratio_new_over_old: o && n != null ? r2(n / o) : null,
    old_runs: runs.old.map((r) => r2(read(r))), new_runs: runs.new.map((r) => r2(read(r))) };
}).filter((f) => f.old != null || f.new != null);
const report = { date: new Date().toISOString(), old: oldDist, new: newDist, rounds, parts, figures };
writeFileSync(out, JSON.stringify(report, null, 2));
for (const f of figures) console.log(`${f.figure}: old ${f.old}, new ${f.new}, ratio ${f.ratio_new_over_old}  (old runs ${f.old_runs.join(' ')}; new runs ${f.new_runs.join(' ')})`);

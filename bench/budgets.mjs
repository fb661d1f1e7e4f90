// The budgets of the performance brief, checked against a benchmark report: each figure, its budget, whether
// it is met and by how much it is missed. Where one is missed, README.md ("Performance") says why, measured,
// and what design change would meet it.
// Usage: node bench/budgets.mjs [report.json]   (adds a "budgets" section to the report in place)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function budgets(r) {
  const rows = [
    ['first-load transfer, brotli (KB)', r.transfer?.total?.brotli / 1000, 500],
    ['time to full render, unthrottled (ms, median of 5)', r.full_render_ms_unthrottled?.median, 400],
    ['time to full render, 4x CPU throttling (ms, median of 5)', r.full_render_ms_cpu_4x?.median, 1500],
    ['interaction to next paint, p95 (ms, Event Timing)', r.interaction?.interaction_to_next_paint_ms?.p95, 16],
    ['paced key press on a slider to the first frame after the change, p95 (ms)', r.felt?.first_frame_after_change_ms?.p95, 20],
    ['synchronous work per task, p95 (ms)', r.interaction?.work_per_update_ms?.p95, 8],
    ['full model evaluation in WebAssembly, median (ms)', r.full_evaluation_ms_wasm?.median, 5],
    ['memory growth, 1,000 vs 100 updates (%)', r.memory?.growth_percent, 5],
  ];
  return rows.map(([figure, measured, budget]) => {
    const known = typeof measured === 'number' && Number.isFinite(measured);
    const met = known && measured <= budget;
    return {
      figure, measured: known ? Math.round(measured * 100) / 100 : null, budget, met,
      ...(known && !met ? { missed_by: Math.round((measured - budget) * 100) / 100, why: 'README.md, "Performance": cause measured and the design change that would meet it' } : {}),
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] || 'bench/results/latest.json';
  const report = JSON.parse(readFileSync(file, 'utf8'));
  report.budgets = budgets(report);
  writeFileSync(file, JSON.stringify(report, null, 2));
  for (const b of report.budgets) console.log(`${b.met ? 'met   ' : 'MISSED'} ${b.figure}: ${b.measured} (budget ${b.budget})`);
}

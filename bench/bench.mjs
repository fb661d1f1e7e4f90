// Socle's performance benchmark: measures every figure of the performance budgets on the release build
// served like production, in headless Chromium, and writes a JSON report of medians and percentiles.
// Usage: node bench/bench.mjs [out.json]   (scripts/bench.sh builds first and runs the native benchmark)
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const out = process.argv[2] || 'bench/results/latest.json';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info',
  '--js-flags=--expose-gc'];

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))] : null; };
const median = (xs) => pct(xs, 50);
const r2 = (x) => x == null ? null : Math.round(x * 100) / 100;

// 1. Transfer sizes of every file a cold load fetches, compressed as a static host serves them.
function transfer() {
  const files = readdirSync('dist', { recursive: true }).map(String).filter((f) => statSync(join('dist', f)).isFile() && !f.endsWith('sw.js.map'));
  const assets = files.map((f) => {
    const b = readFileSync(join('dist', f));
    return { file: f, raw: b.length, gzip9: gzipSync(b, { level: 9 }).length,
      brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
  const sum = (k) => assets.reduce((s, a) => s + a[k], 0);
  return { assets, total: { raw: sum('raw'), gzip9: sum('gzip9'), brotli: sum('brotli') } };
}

async function withBrowser(fn) {
  const profile = mkdtempSync(join(tmpdir(), 'socle-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: FLAGS, viewport: { width: 1366, height: 768 } });
  try { return await fn(ctx); } finally { await ctx.close(); rmSync(profile, { recursive: true, force: true }); }
}

// 2. Navigation start → every chart on screen drawn and the headline figures shown, cold cache.
async function renderTime(ctx, url, throttle) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // A cold load: the service worker installed by an earlier run must not serve the build from its cache.
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  const t = await page.evaluate(() => new Promise((resolve) => {
    const check = () => {
      // Charts on screen (and within the 300 px look-ahead); the others draw when scrolled in.
      const charts = [...document.querySelectorAll('.chart')].filter((c) => c.getBoundingClientRect().top < innerHeight + 300).length;
      const drawn = performance.getEntriesByName('socle-chart-drawn').length;
      const kpis = [...document.querySelectorAll('.kpi-value')].filter((k) => k.textContent.trim()).length;
      if (charts > 0 && drawn >= charts && kpis >= 8) {
        // The frame after the last chart was handed to ECharts is the one that shows it.
        requestAnimationFrame(() => resolve({ ms: performance.now(), charts }));
      } else setTimeout(check, 5);
    };
    check();
  }));
  await page.close();
  return t;
}

// 3. Interactions: trusted keyboard and pointer input on sliders and selects; latency from the event's
// timestamp to the next frame's paint (measured as the Event Timing API does, via a rAF + message after
// the event), Event Timing entries as a cross-check, and the synchronous work per update.
async function interactions(ctx, url, count) {
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__lat = [];
    window.__evt = [];
    for (const type of ['keydown', 'pointerdown', 'input', 'change']) {
      addEventListener(type, (e) => {
        const ts = e.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => window.__lat.push({ type, ms: performance.now() - ts });
          ch.port2.postMessage(0);
        });
      }, { capture: true });
    }
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__evt.push({ name: e.name, duration: e.duration }); })
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('[data-testid=app-ready]');
  await page.waitForTimeout(300);
  await page.evaluate(() => { window.__lat = []; window.__evt = []; window.__socleWork = []; });
  const sliders = await page.$$eval('.controls input[type=range]', (e) => e.map((x) => x.dataset.testid));
  const selects = await page.$$eval('.controls select', (e) => e.map((x) => x.dataset.testid).filter((id) => id !== 'control-persona'));
  let done = 0, keyboard = 0, pointer = 0;
  while (done < count) {
    for (const id of sliders) {
      if (done >= count) break;
      const sel = `[data-testid="${id}"]`;
      if (done % 2 === 0) {
        await page.focus(sel);
        await page.keyboard.press(done % 4 === 0 ? 'ArrowRight' : 'ArrowLeft');
        keyboard++;
      } else {
        const box = await page.$eval(sel, (e) => { e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
        await page.mouse.click(box.x + box.w * (0.2 + 0.6 * Math.random()), box.y + box.h / 2);
        pointer++;
      }
      done++;
      await page.waitForTimeout(20);
    }
    for (const id of selects) {
      if (done >= count) break;
      const sel = `[data-testid="${id}"]`;
      await page.focus(sel);
      await page.keyboard.press(done % 2 ? 'ArrowDown' : 'ArrowUp');
      keyboard++;
      done++;
      await page.waitForTimeout(20);
    }
  }
  await page.waitForTimeout(300);
  const { lat, evt, work } = await page.evaluate(() => ({ lat: window.__lat, evt: window.__evt, work: window.__socleWork || [] }));
  await page.close();
  const latencies = lat.filter((l) => l.type === 'keydown' || l.type === 'pointerdown').map((l) => l.ms);
  return {
    interactions: done, keyboard, pointer,
    next_paint_ms: { p50: r2(median(latencies)), p95: r2(pct(latencies, 95)), max: r2(Math.max(...latencies)), samples: latencies.length },
    event_timing_entries_over_16ms: evt.length,
    work_per_update_ms: { p50: r2(median(work)), p95: r2(pct(work, 95)), max: r2(Math.max(...work, 0)), samples: work.length },
  };
}

// 4. Memory after 100 and after 1,000 updates (JS heap + WebAssembly memory), garbage collected first.
async function memory(ctx, url) {
  const page = await ctx.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(url);
  await page.waitForSelector('[data-testid=app-ready]');
  const cdp = await ctx.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return page.evaluate(() => ({ js: performance.memory.usedJSHeapSize, wasm: window.__wasm.memory.buffer.byteLength }));
  };
  const updates = async (n) => {
    await page.focus('[data-testid="control-utilisation"]');
    for (let i = 0; i < n; i++) {
      await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
      if (i % 10 === 9) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    }
  };
  await updates(100);
  const after100 = await measure();
  await updates(900);
  const after1000 = await measure();
  // Two more points tell a leak (keeps growing) from a working set still filling up (plateau).
  await updates(1000);
  const after2000 = await measure();
  await updates(1000);
  const after3000 = await measure();
  await page.close();
  const total = (m) => m.js + m.wasm;
  return {
    after_100: after100, after_1000: after1000, after_2000: after2000, after_3000: after3000,
    growth_percent: r2((total(after1000) / total(after100) - 1) * 100),
    growth_1000_to_3000_percent: r2((total(after3000) / total(after1000) - 1) * 100),
  };
}

const { server, url } = await startServer({ dir: 'dist', base: '/socle/' });
const report = { date: new Date().toISOString(), machine: { cores: (await import('node:os')).cpus().length }, transfer: transfer() };
await withBrowser(async (ctx) => {
  const wasmEval = [];
  {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid=app-ready]');
    for (let i = 0; i < 5; i++) wasmEval.push(await page.evaluate(() => window.wasmBindings.socle_bench_evaluate(200)));
    report.figures_build_ms_wasm = r2(await page.evaluate(() => window.wasmBindings.socle_bench_figures(50)));
    await page.close();
  }
  report.full_evaluation_ms_wasm = { median: r2(median(wasmEval)), runs: wasmEval.map(r2), note: 'median of 5 medians of 200 evaluations; performance.now() resolution is 0.1 ms here' };
  for (const [name, rate] of [['unthrottled', 1], ['cpu_4x', 4]]) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push((await renderTime(ctx, url, rate)).ms);
    report[`full_render_ms_${name}`] = { median: r2(median(runs)), runs: runs.map(r2) };
  }
  report.interaction = await interactions(ctx, url, 240);
  report.memory = await memory(ctx, url);
});
server.close();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));

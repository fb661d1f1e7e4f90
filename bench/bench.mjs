// Socle's performance benchmark: measures every figure of the performance budgets on the release build
// served like production, in headless Chromium, and writes a JSON report of medians and percentiles.
// Usage: node bench/bench.mjs [out.json]   (scripts/bench.sh builds first and runs the native benchmark)
import { buildFiles, SW_FILE } from '../scripts/build-sw.mjs';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
// Pause between two interactions, in ms (BENCH_GAP_MS; 20 by default: a fast keyboard repeat).
const GAP = Number(process.env.BENCH_GAP_MS || 20);
const r2 = (x) => x == null ? null : Math.round(x * 100) / 100;

// 1. Transfer sizes of every file a cold load fetches, compressed as a static host serves them: the
// service worker (the page registers it) and the files it precaches on install, which include every file
// the page itself loads. The deployment files (headers, nginx snippet, licence notices) are never fetched.
// The build measured: dist/ unless BENCH_DIST names another copy (bench/ab.mjs measures two builds in turn).
const DIST = process.env.BENCH_DIST || 'dist';

function transfer() {
  const files = [SW_FILE, ...buildFiles(DIST)];
  const assets = files.map((f) => {
    const b = readFileSync(join(DIST, f));
    return { file: f, raw: b.length, gzip9: gzipSync(b, { level: 9 }).length,
      brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
  const sum = (k) => assets.reduce((s, a) => s + a[k], 0);
  return { assets, total: { raw: sum('raw'), gzip9: sum('gzip9'), brotli: sum('brotli') } };
}

// 4. What a person feels: a key press on a slider, paced like a person (wait until the page changed, then
// ~60 ms), from the event to the first frame after the page changed, and to the frame after every chart on
// screen was redrawn.
async function felt(ctx, url, count) {
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__felt = [];
    addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      const frameAfter = (done) => requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done(performance.now() - t0);
        ch.port2.postMessage(0);
      });
      const entry = { changed: null, settled: null };
      const mo = new MutationObserver(() => {
        entry.seen = true;
        mo.disconnect();
        frameAfter((ms) => { entry.changed = ms; });
        const settle = () => (document.documentElement.dataset.chartsPending === '0'
          ? frameAfter((ms) => { entry.settled = ms; window.__felt.push(entry); })
          : requestAnimationFrame(settle));
        settle();
      });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      // A press that changes nothing on screen (a figure rounded to the same text, a chart off screen)
      // has changed nothing two frames later: the input is applied in the event's own task.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        if (entry.changed == null && !mo.takeRecords().length && !entry.seen) {
          mo.disconnect();
          window.__felt.push({ changed: null, settled: null });
        }
      }));
    }, { capture: true });
  });
  await page.goto(url);
  await page.waitForSelector('[data-testid=app-ready]');
  await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0');
  const sliders = await page.$$eval('.controls input[type=range]', (e) => e.map((x) => x.dataset.testid));
  let done = 0;
  while (done < count) {
    for (const id of sliders) {
      if (done >= count) break;
      const sel = `[data-testid="${id}"]`;
      const key = await page.$eval(sel, (e) => {
        e.scrollIntoView({ block: 'center' });
        return Number(e.value) - Number(e.min) > Number(e.max) - Number(e.value) ? 'ArrowLeft' : 'ArrowRight';
      });
      await page.focus(sel);
      const before = await page.evaluate(() => window.__felt.length);
      await page.keyboard.press(key);
      await page.waitForFunction((n) => window.__felt.length > n, before);
      await page.waitForTimeout(60); // a person's pause between two presses, not a wait for the page
      done++;
    }
  }
  const entries = await page.evaluate(() => window.__felt);
  await page.close();
  const changed = entries.map((e) => e.changed).filter((x) => x != null);
  const settled = entries.map((e) => e.settled).filter((x) => x != null);
  return {
    presses: entries.length, presses_changing_nothing_on_screen: entries.length - changed.length,
    first_frame_after_change_ms: { p50: r2(pct(changed, 50)), p95: r2(pct(changed, 95)), max: r2(Math.max(...changed)) },
    frame_after_charts_redrawn_ms: { p50: r2(pct(settled, 50)), p95: r2(pct(settled, 95)), max: r2(Math.max(...settled)) },
  };
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
          ch.port1.onmessage = () => window.__lat.push({ type, at: ts, ms: performance.now() - ts });
          ch.port2.postMessage(0);
        });
      }, { capture: true });
    }
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        window.__evt.push({
          name: e.name, id: e.interactionId, duration: e.duration,
          delay: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart,
          presentation: e.startTime + e.duration - e.processingEnd,
        });
      }
    })
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
      await page.waitForTimeout(GAP);
    }
    for (const id of selects) {
      if (done >= count) break;
      const sel = `[data-testid="${id}"]`;
      await page.focus(sel);
      await page.keyboard.press(done % 2 ? 'ArrowDown' : 'ArrowUp');
      keyboard++;
      done++;
      await page.waitForTimeout(GAP);
    }
  }
  await page.waitForTimeout(300);
  const { lat, evt, work: raw } = await page.evaluate(() => ({ lat: window.__lat, evt: window.__evt, work: window.__socleWork || [] }));
  // Entries are [ms, end time] (builds before 24 Nov 2026 published bare numbers: no end time).
  const work = raw.map((w) => (Array.isArray(w) ? w : [w, NaN]));
  await page.close();
  const starts = lat.filter((l) => l.type === 'keydown' || l.type === 'pointerdown');
  const latencies = starts.map((l) => l.ms);
  // Work: each task's (the input handler's, then each chart redraw's after the next paints), and the sum
  // of the tasks that ended between one interaction and the next.
  const taskMs = work.map(([ms]) => ms);
  const at = starts.map((l) => l.at).sort((a, b) => a - b);
  const perInteraction = at.map((t, i) => work.filter(([, end]) => end >= t && (i + 1 === at.length || end < at[i + 1]))
    .reduce((sum, [ms]) => sum + ms, 0));
  // Interaction to next paint as the web measures it (INP): the Event Timing entries of one interaction
  // (keydown/keyup, pointerdown/pointerup/click) share an interactionId; its latency is their longest
  // duration. The API reports only entries of 16 ms and more (its durations are rounded to 8 ms), so an
  // interaction without an entry took at most 8 ms: counted as 8.
  const byInteraction = new Map();
  for (const e of evt.filter((e) => e.id > 0)) {
    const seen = byInteraction.get(e.id);
    if (!seen || e.duration > seen.duration) byInteraction.set(e.id, e);
  }
  const slow = [...byInteraction.values()];
  const inp = slow.map((e) => e.duration);
  while (inp.length < done) inp.push(8);
  const part = (k) => ({ p50: r2(median(slow.map((e) => e[k]))), max: r2(Math.max(...slow.map((e) => e[k]), 0)) });
  return {
    interactions: done, keyboard, pointer,
    interaction_to_next_paint_ms: {
      p50: r2(median(inp)), p95: r2(pct(inp, 95)), max: r2(Math.max(...inp)), samples: inp.length,
      interactions_over_16ms: inp.filter((d) => d > 16).length,
      over_16ms_by_kind: {
        keyboard: slow.filter((e) => e.duration > 16 && e.name.startsWith('key')).length,
        pointer: slow.filter((e) => e.duration > 16 && !e.name.startsWith('key')).length,
      },
      of_those_reported: { input_delay: part('delay'), processing: part('processing'), presentation_delay: part('presentation') },
      note: 'Event Timing API: longest entry per interactionId, durations rounded to 8 ms by the browser; interactions under 16 ms have no entry and count as 8',
    },
    next_paint_ms: {
      p50: r2(median(latencies)), p95: r2(pct(latencies, 95)), max: r2(Math.max(...latencies)), samples: latencies.length,
      note: 'finer estimate: event timestamp to a message posted from the next animation frame (after that frame is rendered)',
    },
    work_per_update_ms: {
      p50: r2(median(taskMs)), p95: r2(pct(taskMs, 95)), max: r2(Math.max(...taskMs, 0)), samples: taskMs.length,
      note: 'synchronous work of one task: the input handler (model, headline figures, chart options) or one chart redraw after a paint',
    },
    work_per_interaction_total_ms: {
      p50: r2(median(perInteraction)), p95: r2(pct(perInteraction, 95)), samples: perInteraction.length,
      note: 'all the tasks of one interaction added up (spread over several frames)',
    },
  };
}

// 4. Memory after 100 and after 1,000 updates (JS heap + WebAssembly memory), garbage collected first.
// A heap snapshot at each point splits the JS heap into data (objects, strings, arrays: what a leak
// grows) and compiled code (V8's optimised JavaScript and WebAssembly, which keeps growing while the
// engine tiers hot functions up).
async function heapSplit(cdp) {
  const chunks = [];
  const onChunk = (d) => chunks.push(d.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  let data = 0, code = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + iType]];
    const compiled = type === 'code' || String(snap.strings[snap.nodes[i + iName]]).includes('WasmNativeModule');
    if (compiled) code += snap.nodes[i + iSize]; else data += snap.nodes[i + iSize];
  }
  return { data, compiled_code: code };
}

async function memory(ctx, url) {
  const page = await ctx.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(url);
  await page.waitForSelector('[data-testid=app-ready]');
  const cdp = await ctx.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await page.evaluate(() => ({ js: performance.memory.usedJSHeapSize, wasm: window.__wasm.memory.buffer.byteLength }));
    return { ...m, snapshot: await heapSplit(cdp) };
  };
  const updates = async (n) => {
    await page.focus('[data-testid="control-utilisation"]');
    for (let i = 0; i < n; i++) {
      await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
      if (i % 10 === 9) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    }
    // Let the last redraws land before measuring.
    await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0');
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
  const dataOnly = (m) => m.snapshot.data + m.wasm;
  const growth = (f, a, b) => r2((f(b) / f(a) - 1) * 100);
  return {
    after_100: after100, after_1000: after1000, after_2000: after2000, after_3000: after3000,
    growth_percent: growth(total, after100, after1000),
    growth_1000_to_3000_percent: growth(total, after1000, after3000),
    data_growth_percent: growth(dataOnly, after100, after1000),
    data_growth_1000_to_3000_percent: growth(dataOnly, after1000, after3000),
    note: 'growth_percent: JS heap + WebAssembly memory, as the budget defines it. data_growth_percent: the same without compiled code (heap snapshot nodes of type code and the WebAssembly native module), i.e. what a leak would grow.',
  };
}

const { server, url } = await startServer({ dir: DIST, base: '/socle/' });
const report = { date: new Date().toISOString(), machine: { cores: (await import('node:os')).cpus().length }, transfer: transfer() };
/** Of three runs, the median one by `key` kept whole, with `summary` of all three (the machine is shared and noisy). */
async function medianOfThree(run, key, summary) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await run());
  const median = [...runs].sort((a, b) => key(a) - key(b))[1];
  return { ...median, runs: runs.map(summary) };
}

// The parts of the report that drive the page (BENCH_ONLY, below, runs some of them; the report is then partial).
const parts = {
  wasm: async (ctx) => {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid=app-ready]');
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await page.evaluate(() => window.wasmBindings.socle_bench_evaluate(200)));
    report.figures_build_ms_wasm = r2(await page.evaluate(() => window.wasmBindings.socle_bench_figures(50)));
    await page.close();
    report.full_evaluation_ms_wasm = { median: r2(median(runs)), runs: runs.map(r2), note: 'median of 5 medians of 200 evaluations; performance.now() resolution is 0.1 ms here' };
  },
  render: async (ctx) => {
    for (const [name, rate] of [['unthrottled', 1], ['cpu_4x', 4]]) {
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push((await renderTime(ctx, url, rate)).ms);
      report[`full_render_ms_${name}`] = { median: r2(median(runs)), runs: runs.map(r2) };
    }
  },
  interaction: async (ctx) => {
    report.interaction = {
      ...await medianOfThree(() => interactions(ctx, url, 240), (r) => r.interaction_to_next_paint_ms.interactions_over_16ms, (r) => ({
        inp_p95: r.interaction_to_next_paint_ms.p95, over_16ms: r.interaction_to_next_paint_ms.interactions_over_16ms,
        next_paint_p95: r.next_paint_ms.p95, work_per_task_p95: r.work_per_update_ms.p95,
      })),
      note: 'the median of three runs of 240 interactions, by the number above 16 ms; runs lists all three',
    };
  },
  felt: async (ctx) => {
    report.felt = await medianOfThree(() => felt(ctx, url, 120), (r) => r.first_frame_after_change_ms.p95,
      (r) => ({ p95: r.first_frame_after_change_ms.p95, settled_p95: r.frame_after_charts_redrawn_ms.p95 }));
  },
  memory: async (ctx) => {
    report.memory = await medianOfThree(() => memory(ctx, url), (m) => m.growth_percent,
      (m) => ({ growth_percent: m.growth_percent, data_growth_percent: m.data_growth_percent }));
  },
};
// BENCH_ONLY=wasm,render (a comma-separated list of parts) runs just those, in the order of `parts`.
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
for (const o of only ?? []) if (!parts[o]) throw new Error(`BENCH_ONLY parts must be among ${Object.keys(parts).join(', ')}`);
await withBrowser(async (ctx) => {
  for (const [name, part] of Object.entries(parts)) if (!only || only.includes(name)) await part(ctx);
});
server.close();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));

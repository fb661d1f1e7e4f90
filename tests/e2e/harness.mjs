// Shared harness of the end-to-end journeys: serves dist/ like production (strict CSP included),
// drives Debian's Chromium through playwright-core, and records everything a journey must not do:
// console errors, page errors, CSP violations, and requests to any other origin.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.SOCLE_CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Starts the server and a browser. `base` serves the build under a sub-path to prove relative URLs;
 * `dir` serves another copy of the build than dist/ (a journey may change its files while it runs).
 */
export async function launch({ base = '/socle/', frameAncestors, dir = 'dist' } = {}) {
  // SOCLE_E2E_URL runs the journeys against a server started elsewhere (scripts/test.sh: nginx with the
  // build's own header snippet), serving dist/ at that address.
  const external = process.env.SOCLE_E2E_URL;
  const { server, url } = external
    ? { server: { close() {} }, url: external.endsWith('/') ? external : `${external}/` }
    : await startServer({ dir, base, frameAncestors });
  const profile = mkdtempSync(join(tmpdir(), 'socle-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: FLAGS, viewport: { width: 1366, height: 768 }, locale: 'en-GB',
  });
  const env = {
    url, context, dir,
    /** Problems of requests made by the service worker (they belong to no page). */
    workerProblems: [],
    async close() { await context.close(); server.close(); rmSync(profile, { recursive: true, force: true }); },
  };
  // The service worker fetches the build to precache it: the same rules hold for its requests.
  context.on('request', (r) => {
    if (r.serviceWorker()) env.workerProblems.push(...requestProblems(env, r).map((p) => `service worker: ${p}`));
  });
  return env;
}

/** What is wrong with request `r`, if anything: another origin, not a GET, a query, a body, a file the build lacks. */
function requestProblems(env, r) {
  const u = r.url();
  if (/^(data|blob):/.test(u)) return [];
  const origin = new URL(env.url).origin;
  if (!u.startsWith(origin + '/')) return [`request to another origin: ${u}`];
  const files = new Set(readdirSync(env.dir, { recursive: true }).map((f) => String(f).replaceAll('\\', '/')));
  const url = new URL(u);
  const path = decodeURIComponent(url.pathname.slice(new URL(env.url).pathname.length)) || 'index.html';
  const problems = [];
  if (r.method() !== 'GET') problems.push(`${r.method()} request: ${u}`);
  if (url.search) problems.push(`request with a query string: ${u}`);
  if (r.postData()) problems.push(`request with a body: ${u}`);
  if (!files.has(path) && !files.has(path + 'index.html')) problems.push(`request for a file the build does not have: ${u}`);
  return problems;
}

/** Opens a page and records what a journey must never see. */
/** How long a journey waits for one of the app's signals (a data attribute, a DOM state) before it fails.
 *  Every wait ends as soon as the signal appears: this only bounds a hang, so a saturated machine makes
 *  a journey slower, never red. */
export const SIGNAL_BUDGET_MS = 120_000;

export async function open(env, path = '', { viewport, keepStorage = false } = {}) {
  const page = await env.context.newPage();
  page.setDefaultTimeout(SIGNAL_BUDGET_MS);
  if (viewport) await page.setViewportSize(viewport);
  if (!keepStorage) {
    // Every journey starts as a first visit: no scenario, language or saved list kept from another one.
    const cdp = await env.context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(env.url).origin, storageTypes: 'local_storage,service_workers,cache_storage',
    });
    await cdp.detach();
  }
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  // Privacy: the page may only fetch its own static files, with GET, no query string and no body, so no
  // request can carry a scenario value (the scenario lives in the fragment, which is never sent).
  page.on('request', (r) => problems.push(...requestProblems(env, r)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests = [];
  page.on('requestfinished', async (r) => requests.push(`${(await r.response())?.status() ?? '?'} ${r.url()}`));
  page.on('requestfailed', (r) => requests.push(`failed (${r.failure()?.errorText}) ${r.url()}`));
  await page.goto(env.url + path);
  try {
    await page.waitForFunction(() => document.querySelector('[data-testid="app-ready"]'), null, { timeout: SIGNAL_BUDGET_MS });
  } catch (err) {
    // The app never started: say what the page did, so the cause can be read from the log.
    const state = await page.evaluate(() => ({
      readyState: document.readyState, body: document.body?.innerHTML.slice(0, 400),
      worker: navigator.serviceWorker?.controller?.scriptURL ?? null,
    })).catch((e) => ({ unreadable: String(e) }));
    throw new Error(`the app did not start at ${env.url + path}: ${err.message}\n`
      + `page: ${JSON.stringify(state)}\nproblems: ${problems.join(' | ') || 'none'}\nrequests: ${requests.join(' | ')}`);
  }
  // Charts are drawn a few per frame: wait until every chart on screen has been drawn.
  await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0'
    || (document.querySelectorAll('.chart').length === 0 && document.querySelector('[data-testid="app-ready"]')), null, { timeout: SIGNAL_BUDGET_MS });
  return {
    page, problems,
    /** Every recorded problem, CSP violations included; a journey asserts this is empty. */
    async allProblems() {
      const csp = await page.evaluate(() => window.__cspViolations).catch(() => []);
      return [...problems, ...(env.workerProblems ?? []), ...csp.map((v) => `CSP violation: ${v}`)];
    },
  };
}

/** The option currently drawn by the chart with test id `id`, read back from its ECharts instance. */
export async function chartOption(page, id) {
  return page.evaluate((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    const chart = el && window.echarts.getInstanceByDom(el);
    return chart ? JSON.parse(JSON.stringify(chart.getOption())) : null;
  }, id);
}

/** Moves a range input with real keyboard input (trusted events), `steps` times in `direction`. */
export async function nudge(page, testId, steps = 5, direction = 'ArrowLeft') {
  await page.focus(`[data-testid="${testId}"]`);
  for (let i = 0; i < steps; i++) await page.keyboard.press(direction);
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA violations on the page (axe-core), as readable strings. */
export async function accessibilityViolations(page) {
  // Evaluated through the automation protocol, not injected as an inline script: the strict CSP stays on.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Waits until the page has encoded the link of the screen and kept the scenario in progress
 *  (`data-kept` is the count of writes, `pending` while a change waits for the screen to be still).
 *  No `data-charts-pending` yet means no chart has been in view to be drawn, so no redraw waits. */
export const linkWritten = (page) => page.waitForFunction(() => {
  const d = document.documentElement.dataset;
  return (d.chartsPending ?? '0') === '0' && d.kept !== undefined && d.kept !== 'pending';
});

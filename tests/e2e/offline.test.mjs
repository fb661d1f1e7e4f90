// Offline: once loaded, Socle keeps working without a network, reload included; a new version
// installed in the background is announced, and switching to it is the person's choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, open, SIGNAL_BUDGET_MS } from './harness.mjs';
import { writeWorker } from '../../scripts/build-sw.mjs';

/** Waits until the service worker controls the page (it precached the build before taking control). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: SIGNAL_BUDGET_MS });
}

/** What a person reads first: every headline figure, and whether the main chart is drawn. */
async function headlines(page) {
  await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0', null, { timeout: SIGNAL_BUDGET_MS });
  return page.evaluate(() => {
    const chart = window.echarts.getInstanceByDom(document.querySelector('[data-testid="chart-tco-cumulative"]'));
    return {
      kpis: [...document.querySelectorAll('.kpi-value')].map((k) => k.textContent),
      series: chart ? chart.getOption().series.length : 0,
    };
  });
}

test('once loaded, the app renders with no network, after a reload and in a new tab', async () => {
  const env = await launch();
  try {
    const { page, allProblems } = await open(env);
    await controlled(page);
    const online = await headlines(page);
    assert.equal(online.kpis.length, 8);
    assert.ok(online.series >= 5, 'the cumulative cost chart is drawn online');

    await env.context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-testid="app-ready"]', { timeout: SIGNAL_BUDGET_MS });
    assert.deepEqual(await headlines(page), online, 'the same figures and chart offline');
    // A chart further down draws too: the whole build, ECharts included, came from the cache.
    await page.evaluate(() => document.querySelector('[data-testid="chart-migration-cost"]').scrollIntoView());
    await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('[data-testid="chart-migration-cost"]')), null, { timeout: SIGNAL_BUDGET_MS });
    assert.deepEqual(await allProblems(), []);

    // A fresh navigation to index.html with a fragment, offline.
    const second = await open(env, 'index.html#offline', { keepStorage: true });
    assert.deepEqual((await headlines(second.page)).kpis, online.kpis);
    assert.deepEqual(await second.allProblems(), []);
  } finally {
    await env.context.setOffline(false).catch(() => {});
    await env.close();
  }
});

test('a new version is announced in both languages and Reload switches to it', async () => {
  // Serve a copy of the build, so that it can be replaced by "the next build" while the page is open.
  const dir = mkdtempSync(join(tmpdir(), 'socle-build-'));
  cpSync('dist', dir, { recursive: true });
  const env = await launch({ dir });
  try {
    const { page, allProblems } = await open(env);
    await controlled(page);
    const first = await page.evaluate(() => caches.keys());
    assert.equal(first.length, 1, 'one cache: the build in use');
    assert.equal(await page.locator('[data-testid="update-notice"]').count(), 0, 'no notice on the first install');

    // The next build: a changed index.html, so the generator gives a new version.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<!-- next build --></body>'));
    const { version } = writeWorker(dir);
    assert.ok(!first[0].endsWith(version), 'the next build has another version');

    // The browser looks for a new worker when the page is loaded again.
    await page.reload();
    const notice = page.locator('[data-testid="update-notice"]');
    await notice.waitFor({ timeout: SIGNAL_BUDGET_MS });
    assert.match(await notice.textContent(), /A new version of Socle is available/);
    assert.equal(await page.textContent('[data-testid="update-reload"]'), 'Reload');
    await page.selectOption('[data-testid="choose-language"]', 'fr');
    assert.match(await notice.textContent(), /Une nouvelle version de Socle est disponible/);
    assert.equal(await page.textContent('[data-testid="update-reload"]'), 'Recharger');
    // The page still runs the version it was opened with until the person chooses.
    assert.ok(!(await page.content()).includes('next build'));

    await Promise.all([page.waitForEvent('load', { timeout: SIGNAL_BUDGET_MS }), page.click('[data-testid="update-reload"]')]);
    await page.waitForSelector('[data-testid="app-ready"]', { timeout: SIGNAL_BUDGET_MS });
    await page.waitForFunction((v) => caches.keys().then((k) => k.length === 1 && k[0].endsWith(v)), version, { timeout: SIGNAL_BUDGET_MS });
    assert.ok((await page.content()).includes('next build'), 'the reloaded page is the new build');
    assert.equal(await page.locator('[data-testid="update-notice"]').count(), 0);
    assert.deepEqual(await allProblems(), []);
  } finally {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the worker is served for revalidation, never as an immutable file', async () => {
  const env = await launch();
  try {
    const res = await fetch(env.url + 'sw.js');
    assert.equal(res.status, 200);
    // Browsers look for a new worker at every visit: the server must not let caches keep an old one.
    assert.doesNotMatch(res.headers.get('cache-control'), /immutable|max-age=[1-9]/);
    const body = await res.text();
    // It precaches exactly the files of the build, by relative URL.
    const files = JSON.parse(body.match(/const FILES = (\[.*\]);/)[1]);
    assert.ok(files.includes('index.html'));
    assert.ok(files.some((f) => f.endsWith('_bg.wasm')), 'the WebAssembly module is precached');
    assert.ok(files.every((f) => !f.startsWith('/') && !f.includes('://')), 'relative URLs only');
    assert.ok(!files.includes('sw.js'));
  } finally {
    await env.close();
  }
});

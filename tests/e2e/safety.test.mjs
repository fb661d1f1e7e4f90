// Data safety and embeds: in-page anchors are not links, a damaged embed link stays an embed, and the
// embed entry page never shows the dashboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('the skip link (#main) moves the focus and raises no bad-link notice', async () => {
  const { page, allProblems } = await open(env);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main');
  // The page has handled the hashchange once its charts are drawn and no notice is waiting.
  await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0');
  assert.equal(await page.$('[data-testid="notice"]'), null);
  // Opening the page on #main is not a bad link either.
  const other = await open(env, '#main');
  assert.equal(await other.page.$('[data-testid="notice"]'), null);
  assert.deepEqual(await allProblems(), []);
  assert.deepEqual(await other.allProblems(), []);
  await page.close();
  await other.page.close();
});

test('a bad link inside an embed keeps the embed and its address', async () => {
  const bad = '#lang=fr&embed=chart.tco-breakdown&s=1.eJy@@';
  const { page } = await open(env, bad);
  await page.waitForSelector('[data-testid="notice"]');
  assert.equal(await page.$('[data-testid="save-scenario"]'), null, 'no dashboard inside an embed');
  await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0');
  assert.match(await page.evaluate(() => location.hash), /embed=chart\.tco-breakdown/);
  await page.close();
});

test('embed.html shows embed views only, never the dashboard', async () => {
  const { page } = await open(env, 'embed.html#lang=en&embed=kpi.npv');
  await page.waitForSelector('[data-testid="app-ready"]');
  for (const id of ['save-scenario', 'import-json', 'export-json']) {
    assert.equal(await page.$(`[data-testid="${id}"]`), null, id);
  }
  const bare = await open(env, 'embed.html');
  await bare.page.waitForSelector('[data-testid="app-ready"]');
  assert.equal(await bare.page.$('[data-testid="save-scenario"]'), null);
  await page.close();
  await bare.page.close();
});

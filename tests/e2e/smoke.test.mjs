// The walking skeleton's promise: the page loads clean, the chart draws, a control changes it in place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, chartOption, nudge, SIGNAL_BUDGET_MS } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('the page loads from a sub-path with no console error and no off-origin request', async () => {
  const { page, allProblems } = await open(env);
  assert.match(await page.title(), /Socle/);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('the cumulative cost chart draws and follows the utilisation control in place', async () => {
  const { page, allProblems } = await open(env);
  const before = await chartOption(page, 'chart-tco-cumulative');
  assert.ok(before, 'chart instance exists');
  assert.ok(before.series.length >= 1, 'chart has series');
  const firstData = JSON.stringify(before.series.map((s) => s.data));
  const instanceId = await page.evaluate(() =>
    window.echarts.getInstanceByDom(document.querySelector('[data-testid="chart-tco-cumulative"]')).id);
  await nudge(page, 'control-utilisation', 10, 'ArrowLeft');
  await page.waitForFunction((first) => {
    const c = window.echarts.getInstanceByDom(document.querySelector('[data-testid="chart-tco-cumulative"]'));
    return JSON.stringify(c.getOption().series.map((s) => s.data)) !== first;
  }, firstData, { timeout: SIGNAL_BUDGET_MS });
  const sameInstance = await page.evaluate(() =>
    window.echarts.getInstanceByDom(document.querySelector('[data-testid="chart-tco-cumulative"]')).id);
  assert.equal(sameInstance, instanceId, 'the chart is updated, not re-created');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('a panic shows a readable message in the page’s language instead of a blank page', async () => {
  // In English alone; in another language, then in English.
  for (const [hash, present, absent] of [['', [/reload/], /rechargez|neu/], ['#lang=fr', [/rechargez.*reload/], /neu/],
    ['#lang=de', [/laden Sie sie neu.*reload/], /rechargez/]]) {
    const { page } = await open(env, hash);
    await page.evaluate(() => { try { window.wasmBindings.socle_selftest_panic(); } catch (_) { /* the trap */ } });
    const text = await page.textContent('[data-testid="fatal-error"]');
    for (const re of present) assert.match(text, re, hash);
    assert.doesNotMatch(text, absent, hash);
    await page.close();
  }
});

test('a chart off screen catches up with the scenario when it is scrolled into view', async () => {
  const { page, allProblems } = await open(env);
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await page.evaluate(() => document.querySelector('[data-testid="chart-cost-of-waiting"]').scrollIntoView());
  await page.waitForFunction(() => {
    const c = window.echarts.getInstanceByDom(document.querySelector('[data-testid="chart-cost-of-waiting"]'));
    return c && c.getOption().xAxis[0].data[0] === 'démarrage immédiat';
  }, null, { timeout: SIGNAL_BUDGET_MS });
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

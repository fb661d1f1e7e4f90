// The advanced assumptions panel: weights that do not add up to 100 never reach the score, profiles and
// answers move the sovereignty figures, a price override moves the NPV and the sourced default restores it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, chartOption, nudge, SIGNAL_BUDGET_MS } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const kpi = (page, id) => page.textContent(`[data-testid="kpi-value-${id}"]`);

/** Waits until the KPI `id` no longer reads `previous`, and returns the new text. */
async function kpiChange(page, id, previous) {
  await page.waitForFunction(([id, previous]) =>
    document.querySelector(`[data-testid="kpi-value-${id}"]`).textContent !== previous, [id, previous], { timeout: SIGNAL_BUDGET_MS });
  return kpi(page, id);
}

/** Lets queued updates (one per animation frame) run. */
const frames = async (page, n = 3) => {
  await page.evaluate((n) => new Promise((done) => {
    const step = (k) => (k === 0 ? done() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  }), n);
  await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0');
};

async function openGroup(page, id) {
  await page.click(`[data-testid="${id}"] > summary`);
  await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`).open, id);
}

test('weights that do not add up to 100 are kept in the inputs but never reach the score', async () => {
  const { page, allProblems } = await open(env);
  await openGroup(page, 'adv-weights');
  const score = await kpi(page, 'sovereignty');
  assert.equal(await page.inputValue('[data-testid="adv-weight-1"]'), '15');

  // SOV-1 15 → 25: the sum is 110.
  await page.fill('[data-testid="adv-weight-1"]', '25');
  await page.waitForSelector('[data-testid="adv-weights-error"]');
  assert.match(await page.textContent('[data-testid="adv-weights-error"]'), /110/);
  assert.match(await page.textContent('[data-testid="adv-weights-sum"]'), /110/);
  await frames(page);
  assert.equal(await kpi(page, 'sovereignty'), score, 'the score keeps the last valid weights');
  assert.equal(await page.inputValue('[data-testid="adv-weight-1"]'), '25', 'the typed weight stays');
  assert.equal(await page.$('[data-testid="input-error"]'), null, 'nothing invalid was sent to the model');
  assert.equal(await page.inputValue('[data-testid="adv-weight-profile"]'), '2', 'shown as custom weights');

  // SOV-5 20 → 10: the sum is 100 again, the custom weights apply.
  await page.fill('[data-testid="adv-weight-5"]', '10');
  const fixed = await kpiChange(page, 'sovereignty', score);
  assert.notEqual(fixed, score);
  assert.equal(await page.$('[data-testid="adv-weights-error"]'), null);
  assert.equal(await page.inputValue('[data-testid="adv-weight-1"]'), '25');
  assert.ok(await page.$eval('[data-testid="adv-weight-1"]', (el) => el.closest('.control').classList.contains('modified')));

  // French: the message is translated.
  await page.fill('[data-testid="adv-weight-2"]', '12');
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await page.waitForFunction(() => /pondérations totalisent 102/.test(
    document.querySelector('[data-testid="adv-weights-error"]')?.textContent ?? ''));
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('switching the weight profile changes the sovereignty chart and score', async () => {
  // Tall enough for the sovereignty chart to be on screen (charts off screen update when scrolled in).
  const { page, allProblems } = await open(env, '', { viewport: { width: 1366, height: 9000 } });
  await openGroup(page, 'adv-weights');
  const names = async () => (await chartOption(page, 'chart-sovereignty')).series.map((s) => s.name).join('|');
  const before = await names();
  const score = await kpi(page, 'sovereignty');
  await page.selectOption('[data-testid="adv-weight-profile"]', '1');
  await page.waitForFunction((before) => {
    const el = document.querySelector('[data-testid="chart-sovereignty"]');
    return window.echarts.getInstanceByDom(el).getOption().series.map((s) => s.name).join('|') !== before;
  }, before, { timeout: SIGNAL_BUDGET_MS });
  assert.notEqual(await kpiChange(page, 'sovereignty', score), score);
  // The June 2026 calculator weights fill the inputs: SOV-1 20 %, SOV-5 10 %.
  assert.equal(await page.inputValue('[data-testid="adv-weight-1"]'), '20');
  assert.equal(await page.inputValue('[data-testid="adv-weight-5"]'), '10');
  await page.selectOption('[data-testid="adv-weight-profile"]', '0');
  await page.waitForFunction((before) => {
    const el = document.querySelector('[data-testid="chart-sovereignty"]');
    return window.echarts.getInstanceByDom(el).getOption().series.map((s) => s.name).join('|') === before;
  }, before, { timeout: SIGNAL_BUDGET_MS });
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('the criteria table is built when opened; an answer of the target changes its score', async () => {
  const { page, allProblems } = await open(env);
  assert.equal((await page.$$('[data-testid^="adv-answer-"]')).length, 0, 'no select before the table is opened');
  await openGroup(page, 'adv-criteria');
  await page.waitForSelector('[data-testid="adv-answer-colocation-0"]');
  assert.equal((await page.$$('[data-testid^="adv-answer-"]')).length, 48 * 5);

  // The target (colocation): of the SOV-5 criteria (indices 25..31, weight 20 %), the one highest on its
  // ladder, lowered to the bottom.
  const score = await kpi(page, 'sovereignty');
  const c = await page.evaluate(() => {
    let best = -1, height = 0;
    for (let c = 25; c < 32; c++) {
      const el = document.querySelector(`[data-testid="adv-answer-colocation-${c}"]`);
      const h = Number(el.value) / (el.options.length - 1);
      if (h > height) { best = c; height = h; }
    }
    return best;
  });
  assert.ok(c >= 25, 'a SOV-5 answer can be lowered');
  const id = `[data-testid="adv-answer-colocation-${c}"]`;
  const original = await page.inputValue(id);
  await page.selectOption(id, '0');
  const lowered = await kpiChange(page, 'sovereignty', score);
  const points = (text) => Number(/(\d+)\/100/.exec(text)[1]);
  assert.ok(points(lowered) < points(score), `${lowered} < ${score}`);
  assert.ok(await page.$eval(id, (el) => el.closest('td').classList.contains('modified')));
  // Back to the documented default: the score is the preset's again and the mark goes.
  await page.selectOption(id, original);
  assert.equal(await kpiChange(page, 'sovereignty', lowered), score);
  assert.ok(!(await page.$eval(id, (el) => el.closest('td').classList.contains('modified'))));

  // US law caps SOV-2.1 (index 8) at "mixed" for a US provider: the answers above are disabled.
  const capped = await page.$$eval('[data-testid="adv-answer-us_public_cloud-8"] option', (os) => os.map((o) => o.disabled));
  assert.deepEqual(capped.slice(0, 2), [false, false]);
  assert.ok(capped.slice(2).length > 0 && capped.slice(2).every(Boolean));
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('a GPU price override moves the NPV of an owned target; the sourced default restores it', async () => {
  const { page, allProblems } = await open(env);
  await openGroup(page, 'adv-prices');
  const npv = await kpi(page, 'npv');
  const reset = '[data-testid="adv-gpu-price-default"]';
  assert.ok(await page.$eval(reset, (b) => b.disabled), 'no override yet');
  await nudge(page, 'adv-gpu-price', 40, 'ArrowRight');
  await kpiChange(page, 'npv', npv);
  await frames(page);
  const dearer = await kpi(page, 'npv');
  assert.notEqual(dearer, npv);
  assert.ok(await page.$eval('[data-testid="adv-gpu-price"]', (el) => el.closest('.control').classList.contains('modified')));
  await page.waitForFunction((sel) => !document.querySelector(sel).disabled, reset);
  await page.click(reset);
  assert.equal(await kpiChange(page, 'npv', dearer), npv);
  assert.ok(await page.$eval(reset, (b) => b.disabled), 'the override is gone');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

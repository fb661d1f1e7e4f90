// The decision journeys: the odds, frontier and attribution charts follow the controls, and the
// goal-seek panel's apply button makes the chosen option the cheapest on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const IDS = ['odds', 'frontier', 'attribution'];

/** Waits until the page has painted the last update and every chart has followed it. */
async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0');
}

/** What a person sees of the three decision charts: title, summary and series data. */
async function decisionCharts(page) {
  return page.evaluate((ids) => Object.fromEntries(ids.map((id) => {
    const el = document.querySelector(`[data-testid="chart-${id}"]`);
    const card = document.querySelector(`[data-testid="card-${id}"]`);
    if (!el || !card) return [id, null];
    const c = window.echarts.getInstanceByDom(el);
    const data = c ? JSON.stringify(c.getOption().series.map((s) => s.data)) : '';
    return [id, { text: card.querySelector('h3').textContent + card.querySelector('.summary').textContent, data }];
  })), IDS);
}

test('the odds, frontier and attribution charts exist and follow the controls', async () => {
  const { page, allProblems } = await open(env, '', { viewport: { width: 1366, height: 9000 } });
  await settle(page);
  const before = await decisionCharts(page);
  for (const id of IDS) {
    assert.ok(before[id], `chart ${id} is on the page`);
    assert.ok(before[id].data.length > 2, `chart ${id} is drawn`);
  }
  assert.match(before.odds.text, /cheapest in \d+% of 5,000 futures/);
  await page.focus('[data-testid="control-utilisation"]');
  await page.keyboard.press('Home');
  await settle(page);
  const after = await decisionCharts(page);
  for (const id of IDS) {
    assert.notDeepEqual(after[id], before[id], `chart ${id} did not follow the utilisation: ${JSON.stringify(after[id])}`);
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('choosing an option in goal seek and applying an answer makes it the cheapest', async () => {
  const { page, allProblems } = await open(env);
  await settle(page);
  const panel = '[data-testid="goal-seek"]';
  assert.ok(await page.$(panel), 'the goal-seek panel is on the page');
  const cheapest = (await page.textContent('[data-testid="kpi-value-cheapest"]')).trim();
  const options = await page.$$eval('[data-testid="goal-seek-option"] option',
    (os) => os.map((o) => ({ value: o.value, label: o.textContent.trim() })));
  assert.equal(options.length, 5);
  assert.ok(options.some((o) => o.label === cheapest), `the option labels include the headline's ${cheapest}`);
  // The cheapest option is answered as already cheapest.
  const current = options.find((o) => o.label === cheapest);
  await page.selectOption('[data-testid="goal-seek-option"]', current.value);
  await settle(page);
  const answers = await page.$$eval('[data-testid="goal-seek-answer"]', (els) => els.map((e) => e.textContent));
  assert.ok(answers.length >= 6, 'one answer per input');
  assert.ok(answers.every((a) => /Already the cheapest|Does not apply/.test(a)), answers.join(' | '));
  // Another option with an answer in range: applying it makes that option the cheapest.
  let applied = null;
  for (const o of options.filter((x) => x.label !== cheapest)) {
    await page.selectOption('[data-testid="goal-seek-option"]', o.value);
    await settle(page);
    if ((await page.$$('[data-testid="goal-seek-apply"]')).length > 0) { applied = o; break; }
  }
  assert.ok(applied, 'some other option can be made the cheapest');
  await page.click('[data-testid="goal-seek-apply"] >> nth=0');
  await settle(page);
  assert.equal((await page.textContent('[data-testid="kpi-value-cheapest"]')).trim(), applied.label);
  assert.equal(await page.$eval('[data-testid="goal-seek-option"]', (e) => e.selectedOptions[0].textContent.trim()), applied.label);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

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

/** What a person sees of the attribution chart: title, summary and the data table's text. */
async function attributionView(page) {
  return page.evaluate(() => {
    const card = document.querySelector('[data-testid="card-attribution"]');
    return {
      title: card.querySelector('h3').textContent,
      summary: card.querySelector('.summary').textContent,
      table: card.querySelector('[data-testid="table-attribution"]').textContent,
      a: document.querySelector('[data-testid="attribution-a"]').selectedOptions[0].textContent,
      b: document.querySelector('[data-testid="attribution-b"]').selectedOptions[0].textContent,
    };
  });
}

test('choosing option B on the attribution chart changes its title, summary and table', async () => {
  const { page, allProblems } = await open(env, '', { viewport: { width: 1366, height: 9000 } });
  await settle(page);
  await page.click('[data-testid="toggle-table-attribution"]');
  await settle(page);
  const before = await attributionView(page);
  // By default A is the target and B the cheapest other option, both named in the title.
  assert.ok(before.title.includes(before.a), `${before.title} names A, ${before.a}`);
  const options = await page.$$eval('[data-testid="attribution-b"] option', (os) => os.map((o) => ({ value: o.value, label: o.textContent })));
  assert.equal(options.length, 5);
  const other = options.find((o) => o.label !== before.a && o.label !== before.b);
  await page.selectOption('[data-testid="attribution-b"]', other.value);
  await settle(page);
  const after = await attributionView(page);
  assert.equal(after.b, other.label);
  assert.equal(after.a, before.a, 'A stays');
  assert.notEqual(after.title, before.title, 'the title follows B');
  assert.notEqual(after.summary, before.summary, 'the summary follows B');
  assert.notEqual(after.table, before.table, 'the data table follows B');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('the odds chart explains itself: formula, the simulated futures and the distributions’ sources, in French too', async () => {
  const { page, allProblems } = await open(env, '', { viewport: { width: 1366, height: 9000 } });
  await settle(page);
  await page.click('[data-testid="explain-odds"]');
  await page.waitForSelector('[data-testid="explain-dialog"][open]');
  const en = await page.evaluate(() => ({
    formula: document.querySelector('[data-testid="explain-formula"]').textContent,
    inputs: document.querySelector('[data-testid="explain-inputs"]').textContent,
    sources: document.querySelectorAll('[data-testid="explain-sources"] li').length,
  }));
  assert.match(en.formula, /common random numbers/);
  assert.match(en.inputs, /Simulated futures: 5,000/);
  assert.ok(en.sources >= 10, `${en.sources} sources`);
  await page.click('[data-testid="explain-close"]');
  await page.waitForSelector('[data-testid="explain-dialog"]:not([open])', { state: 'attached' });
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await settle(page);
  await page.click('[data-testid="explain-goal-seek"]');
  await page.waitForSelector('[data-testid="explain-dialog"][open]');
  const fr = await page.textContent('[data-testid="explain-dialog"]');
  assert.match(fr, /Ce qu’il faudrait/);
  assert.match(fr, /Sources des valeurs par défaut/);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

// The dashboard journeys: every control moves something, personas fill every input, both languages
// are complete, every headline explains itself; no console error and no off-origin request anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, accessibilityViolations } from './harness.mjs';
import { visibleText, wordsOf } from './words.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** Everything a person sees change: every chart's series data and every headline value. */
async function snapshot(page) {
  return page.evaluate(() => {
    const charts = {};
    for (const el of document.querySelectorAll('.chart')) {
      const c = window.echarts.getInstanceByDom(el);
      if (c) charts[el.id] = JSON.stringify(c.getOption().series.map((s) => s.data));
    }
    const kpis = [...document.querySelectorAll('.kpi-value')].map((k) => k.textContent);
    // Charts off screen update when scrolled in; their titles and summaries (which carry the figures)
    // follow every change at once.
    for (const c of document.querySelectorAll('.card')) charts[c.dataset.testid] = c.querySelector('h3').textContent + c.querySelector('.summary').textContent;
    return { charts, kpis };
  });
}

/** Waits until the page has painted the last update (an input is applied in its handler, or at the next
 * animation frame when another came first in the same frame; charts follow after the paint). */
async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0');
}

function changed(a, b) {
  const charts = Object.keys(a.charts).filter((k) => a.charts[k] !== b.charts[k]);
  const kpis = a.kpis.map((v, i) => (v !== b.kpis[i] ? i : -1)).filter((i) => i >= 0);
  return { charts, kpis, any: charts.length + kpis.length > 0 };
}

test('every range input and select of the scenario changes a chart or a headline figure', async () => {
  // A screen tall enough for every chart to be on screen, so every chart follows every input at once.
  const { page, allProblems } = await open(env, '', { viewport: { width: 1366, height: 9000 } });
  const ids = await page.$$eval('.controls input[type=range], .controls select, .controls input[type=checkbox]',
    (els) => els.map((e) => e.dataset.testid).filter((id) => id && id !== 'control-persona'));
  assert.ok(ids.length >= 30, `expected every control of the brief, found ${ids.length}`);
  const inert = [];
  for (const id of ids) {
    const sel = `[data-testid="${id}"]`;
    const before = await snapshot(page);
    const kind = await page.$eval(sel, (e) => e.tagName === 'SELECT' ? 'select' : e.type);
    if (kind === 'select') {
      const { count, index } = await page.$eval(sel, (e) => ({ count: e.options.length, index: e.selectedIndex }));
      await page.selectOption(sel, { index: (index + 1) % count });
    } else if (kind === 'checkbox') {
      await page.click(sel);
    } else {
      const atMax = await page.$eval(sel, (e) => Number(e.value) >= Number(e.max));
      await page.focus(sel);
      await page.keyboard.press(atMax ? 'Home' : 'End');
    }
    await settle(page);
    let after = await snapshot(page);
    // A range may bind at one end only (a faster wave cadence changes nothing once the migration team is
    // the bottleneck): it is inert only if neither end changes what the screen shows.
    if (!changed(before, after).any && kind === 'range') {
      await page.keyboard.press('Home');
      await settle(page);
      after = await snapshot(page);
    }
    if (!changed(before, after).any) inert.push(id);
  }
  assert.deepEqual(inert, [], `controls that changed nothing visible: ${inert.join(', ')}`);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('each persona fills the inputs and changes the figures', async () => {
  const { page, allProblems } = await open(env);
  const personas = await page.$$eval('[data-testid="control-persona"] option', (os) => os.map((o) => o.value));
  assert.equal(personas.length, 8);
  const inputs = () => page.$$eval('.controls input, .controls select',
    (els) => els.filter((e) => e.dataset.testid !== 'control-persona').map((e) => e.type === 'checkbox' ? e.checked : e.value));
  let previous = { inputs: await inputs(), view: await snapshot(page) };
  const start = await page.$eval('[data-testid="control-persona"]', (e) => e.value);
  for (const p of [...personas.filter((v) => v !== start), start]) {
    await page.selectOption('[data-testid="control-persona"]', p);
    await settle(page);
    const now = { inputs: await inputs(), view: await snapshot(page) };
    const movedInputs = now.inputs.filter((v, i) => v !== previous.inputs[i]).length;
    assert.ok(movedInputs >= 3, `persona ${p} changed only ${movedInputs} inputs`);
    assert.ok(changed(previous.view, now.view).kpis.length >= 3, `persona ${p} changed too few headline figures`);
    assert.match(await page.textContent('[data-testid="preset-status"]'), /As the preset/);
    previous = now;
  }
  // Moving an input marks the scenario as modified, and reset brings the preset back.
  const before = await snapshot(page);
  await page.focus('[data-testid="control-gpu-count"]');
  await page.keyboard.press('End');
  await settle(page);
  assert.match(await page.textContent('[data-testid="preset-status"]'), /Modified/);
  assert.equal(await page.$$eval('.control.modified', (e) => e.length), 1);
  await page.click('[data-testid="reset-preset"]');
  await settle(page);
  assert.deepEqual(await snapshot(page), before);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

const englishWords = (parts) => wordsOf(parts);

test('inputs faster than frames are all applied, in order, and a reset in the same frame wins', async () => {
  const { page, allProblems } = await open(env);
  const value = (id) => page.$eval(`[data-testid="${id}"]`, (e) => e.value);
  const preset = { gpus: await value('control-gpu-count'), util: await value('control-utilisation') };
  // Three inputs in one task, so within one frame: the first is applied at once, the next two wait for
  // the frame; none may be lost and the last value of each control wins.
  // `click`, if given, is clicked in the same task, right after the inputs.
  const burst = (steps, click) => page.evaluate(([steps, click]) => {
    for (const [id, v] of steps) {
      const e = document.querySelector(`[data-testid="${id}"]`);
      e.value = v;
      e.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (click) document.querySelector(click).click();
  }, [steps, click]);
  const [gpuMin, utilMin, utilMax] = await page.evaluate(() => [
    document.querySelector('[data-testid="control-gpu-count"]').min,
    document.querySelector('[data-testid="control-utilisation"]').min,
    document.querySelector('[data-testid="control-utilisation"]').max,
  ]);
  await burst([['control-gpu-count', gpuMin], ['control-utilisation', '0.3'], ['control-utilisation', utilMax]]);
  await settle(page);
  assert.equal(await value('control-gpu-count'), gpuMin);
  assert.equal(await value('control-utilisation'), utilMax);
  assert.match(await page.textContent('[data-testid="preset-status"]'), /Modified/);
  assert.equal(await page.$$eval('.control.modified', (e) => e.length), 2);
  // An input still waiting for the frame when reset is pressed must not land on top of the preset.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  await burst([['control-utilisation', utilMin], ['control-gpu-count', gpuMin]], '[data-testid="reset-preset"]');
  await settle(page);
  assert.deepEqual({ gpus: await value('control-gpu-count'), util: await value('control-utilisation') }, preset);
  assert.match(await page.textContent('[data-testid="preset-status"]'), /As the preset/);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('switching to French changes every visible string and leaves no English word', async () => {
  // Every chart on screen at once (off-screen charts catch up when scrolled in).
  const { page, allProblems } = await open(env, '', { viewport: { width: 1366, height: 9000 } });
  // Open every table so their headers are on screen too.
  for (const b of await page.$$('[data-testid^="toggle-table-"]')) await b.click();
  const en = await visibleText(page);
  assert.ok(englishWords(en).size > 20, 'the English screen is recognised as English');
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await settle(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  const fr = await visibleText(page);
  const leftovers = englishWords(fr);
  assert.deepEqual([...leftovers.entries()], [], 'English words on the French screen');
  // Money follows the French convention: "1,84 M€", never "€1.84M".
  const kpis = await page.$$eval('.kpi-value', (e) => e.map((k) => k.textContent).join(' | '));
  assert.doesNotMatch(kpis, /€\d/);
  assert.match(kpis, /\d,\d+\s?M€/);
  // And back.
  await page.selectOption('[data-testid="choose-language"]', 'en');
  await settle(page);
  assert.deepEqual(await visibleText(page), en);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('every headline figure opens its derivation with formula, inputs and at least one dated source', async () => {
  const { page, allProblems } = await open(env);
  const kpis = await page.$$eval('.kpi', (e) => e.map((k) => k.dataset.testid));
  assert.equal(kpis.length, 8);
  for (const lang of ['en', 'fr']) {
    for (const id of kpis) {
      await page.click(`[data-testid="${id}"]`);
      await page.waitForSelector('[data-testid="explain-dialog"][open]');
      assert.ok((await page.textContent('[data-testid="explain-formula"]')).length > 40, `${id}: formula`);
      assert.ok(await page.$$eval('[data-testid="explain-inputs"] li', (l) => l.length) >= 1, `${id}: inputs`);
      const sources = await page.$$eval('[data-testid="explain-sources"] li', (l) => l.map((x) => x.textContent));
      assert.ok(sources.length >= 1, `${id}: sources`);
      assert.ok(sources.every((s) => /\b20[0-3]\d\b/.test(s)), `${id}: every source has a year`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="explain-dialog"]:not([open])', { state: 'attached' });
    }
    await page.selectOption('[data-testid="choose-language"]', lang === 'en' ? 'fr' : 'en');
    await settle(page);
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('no WCAG 2.2 A/AA violation in either language, tables and dialog open', async () => {
  const { page, allProblems } = await open(env);
  for (const b of await page.$$('[data-testid^="toggle-table-"]')) await b.click();
  assert.deepEqual(await accessibilityViolations(page), [], 'English screen');
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await settle(page);
  assert.deepEqual(await accessibilityViolations(page), [], 'French screen');
  await page.click('[data-testid="kpi-npv"]');
  await page.waitForSelector('[data-testid="explain-dialog"][open]');
  assert.deepEqual(await accessibilityViolations(page), [], 'explanation dialog');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('everything is reachable by keyboard with a visible focus', async () => {
  const { page, allProblems } = await open(env);
  const seen = new Set();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      return { id: el.dataset.testid || el.id || el.tagName, outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 };
    });
    if (!f) continue;
    assert.ok(f.outline, `${f.id} has no visible focus`);
    seen.add(f.id);
  }
  for (const id of ['choose-language', 'control-persona', 'control-gpu-count', 'control-utilisation', 'kpi-npv']) {
    assert.ok(seen.has(id), `${id} is not reachable with Tab`);
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

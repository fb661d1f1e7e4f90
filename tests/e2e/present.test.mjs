// Present mode: a full-screen storyboard of slides driven by the keyboard or a clicker, the workshop's
// "ask the room first", the storyboard as one link (hostile ones refused), its 16:9 print and exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, open, nudge, chartOption, accessibilityViolations } from './harness.mjs';

let env;
let scratch;
before(async () => { env = await launch(); scratch = mkdtempSync(join(tmpdir(), 'socle-present-')); });
after(async () => { await env?.close(); rmSync(scratch, { recursive: true, force: true }); });

const VIEW = '[data-testid="present-view"]';

/** Waits until the present view shows step `n` (1-based) of `of`, its chart drawn with `chart`'s option. */
async function atStep(page, n, of) {
  await page.waitForFunction(([n, of]) => {
    const step = document.querySelector('[data-testid="present-step"]');
    const el = document.querySelector('[data-testid="present-chart"]');
    const chart = el && window.echarts.getInstanceByDom(el);
    return step && step.textContent === `${n} / ${of}` && chart && chart.getOption().series.length > 0;
  }, [n, of]);
}

/** The drawn option's series names and types, to tell one chart from another. */
async function chartShape(page) {
  const o = await chartOption(page, 'present-chart');
  return JSON.stringify(o.series.map((s) => [s.type, s.name]));
}

async function enter(page) {
  await page.click('[data-testid="present-mode"]');
  await page.waitForSelector(`${VIEW}[open]`);
}

test('present mode steps through the default storyboard with keys and clicker keys; Escape returns focus', async () => {
  const { page, allProblems } = await open(env, '', { viewport: { width: 1366, height: 900 } });
  const before = await page.textContent('[data-testid="kpi-value-cheapest"]');
  await enter(page);
  await atStep(page, 1, 5);
  assert.equal(await page.getAttribute(VIEW, 'data-chart'), 'tco-cumulative');
  assert.equal(await page.textContent('[data-testid="present-heading"]'), 'Cost of each option');
  // The cost step's figure is the cheapest option, the one the dashboard names.
  assert.equal(await page.textContent('[data-testid="present-figure-value"]'), before);
  const first = await chartShape(page);
  const shapes = [first];
  for (const [key, n, chart] of [['ArrowRight', 2, 'constraints'], ['PageDown', 3, 'sovereignty'], [' ', 4, 'migration-cost'], ['ArrowDown', 5, 'odds']]) {
    await page.keyboard.press(key);
    await atStep(page, n, 5);
    assert.equal(await page.getAttribute(VIEW, 'data-chart'), chart, `${key} goes to ${chart}`);
    await page.waitForFunction((prev) => {
      const c = window.echarts.getInstanceByDom(document.querySelector('[data-testid="present-chart"]'));
      return JSON.stringify(c.getOption().series.map((s) => [s.type, s.name])) !== prev;
    }, shapes.at(-1));
    shapes.push(await chartShape(page));
  }
  assert.equal(await page.textContent('[data-testid="present-heading"]'), 'The decision');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.textContent('[data-testid="present-step"]'), '5 / 5', 'the last step stays');
  await page.keyboard.press('PageUp');
  await atStep(page, 4, 5);
  await page.keyboard.press('ArrowLeft');
  await atStep(page, 3, 5);
  await page.keyboard.press('Home');
  await atStep(page, 1, 5);
  await page.waitForFunction((s) => {
    const c = window.echarts.getInstanceByDom(document.querySelector('[data-testid="present-chart"]'));
    return JSON.stringify(c.getOption().series.map((x) => [x.type, x.name])) === s;
  }, first);
  await page.keyboard.press('End');
  await atStep(page, 5, 5);
  await page.keyboard.press('ArrowUp');
  await atStep(page, 4, 5);
  await page.keyboard.press('Escape');
  await page.waitForSelector(`${VIEW}:not([open])`, { state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'present-mode');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('a live control moves the figure; leaving puts the previous scenario back', async () => {
  const { page, allProblems } = await open(env);
  const npv = await page.textContent('[data-testid="kpi-value-npv"]');
  await enter(page);
  await page.keyboard.press('End');
  await atStep(page, 5, 5);
  await page.keyboard.press('PageUp');
  await atStep(page, 4, 5);
  const figure = await page.textContent('[data-testid="present-figure-value"]');
  await page.click('[data-testid="present-controls"] summary');
  await nudge(page, 'present-gpu-count', 8, 'ArrowRight');
  await page.waitForFunction((f) => document.querySelector('[data-testid="present-figure-value"]').textContent !== f, figure);
  assert.equal(await page.textContent('[data-testid="present-step"]'), '4 / 5', 'arrows on a slider move the slider, not the step');
  await page.click('[data-testid="present-leave"]');
  await page.waitForSelector(`${VIEW}:not([open])`, { state: 'attached' });
  await page.waitForFunction((v) => document.querySelector('[data-testid="kpi-value-npv"]').textContent === v, npv);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('ask the room first hides the figure and chart until revealed, then the next key advances', async () => {
  const { page, allProblems } = await open(env);
  await enter(page);
  await atStep(page, 1, 5);
  await page.check('[data-testid="present-ask-room"]');
  await page.waitForSelector(`${VIEW}[data-revealed="false"]`);
  assert.equal(await page.isVisible('[data-testid="present-figure"]'), false);
  assert.equal(await page.isVisible('[data-testid="present-chart"]'), false);
  assert.equal(await page.isVisible('[data-testid="present-heading"]'), true, 'the question stays');
  await page.click('[data-testid="present-reveal"]');
  await page.waitForSelector(`${VIEW}[data-revealed="true"]`);
  assert.equal(await page.isVisible('[data-testid="present-figure"]'), true);
  assert.equal(await page.isVisible('[data-testid="present-chart"]'), true);
  await page.keyboard.press('PageDown');
  await atStep(page, 2, 5);
  await page.waitForSelector(`${VIEW}[data-revealed="false"]`);
  // The clicker's first press reveals, the second advances.
  await page.keyboard.press('PageDown');
  await page.waitForSelector(`${VIEW}[data-revealed="true"]`);
  assert.equal(await page.textContent('[data-testid="present-step"]'), '2 / 5');
  await page.keyboard.press('PageDown');
  await atStep(page, 3, 5);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('the storyboard is edited, shared as one link and restored from it, titles and steps', async () => {
  const { page, allProblems } = await open(env);
  await page.click('[data-testid="storyboard-add"]');
  await page.selectOption('[data-testid="storyboard-chart"]', 'sovereignty');
  await page.click('[data-testid="storyboard-add"]');
  await page.selectOption('[data-testid="storyboard-chart"]', 'odds');
  await page.click('[data-testid="storyboard-add"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="storyboard-step"]').length === 3);
  const titles = page.locator('[data-testid="storyboard-title"]');
  await titles.nth(0).fill('Ce que coûte chaque option');
  await titles.nth(0).press('Tab');
  await titles.nth(1).fill('Sovereignty, where it matters');
  await titles.nth(1).press('Tab');
  await titles.nth(2).fill('To delete');
  await titles.nth(2).press('Tab');
  // Move the second step up, delete the last.
  await page.locator('[data-testid="storyboard-up"]').nth(1).click();
  await page.locator('[data-testid="storyboard-delete"]').nth(2).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="storyboard-step"]').length === 2);
  const values = () => page.$$eval('[data-testid="storyboard-title"]', (els) => els.map((e) => e.value));
  assert.deepEqual(await values(), ['Sovereignty, where it matters', 'Ce que coûte chaque option']);
  await page.click('[data-testid="storyboard-share"]');
  const link = await page.inputValue('[data-testid="storyboard-link"]');
  assert.match(link, /#story=1\.[A-Za-z0-9_-]+&present=1$/);
  await page.close();

  const { page: other, allProblems: otherProblems } = await open(env, link.slice(link.indexOf('#')));
  // The link opens present mode on its first step, and restores the storyboard.
  await other.waitForSelector(`${VIEW}[open]`);
  await atStep(other, 1, 2);
  assert.equal(await other.textContent('[data-testid="present-heading"]'), 'Sovereignty, where it matters');
  assert.equal(await other.getAttribute(VIEW, 'data-chart'), 'sovereignty');
  await other.keyboard.press('ArrowRight');
  await atStep(other, 2, 2);
  assert.equal(await other.textContent('[data-testid="present-heading"]'), 'Ce que coûte chaque option');
  await other.keyboard.press('Escape');
  await other.waitForSelector(`${VIEW}:not([open])`, { state: 'attached' });
  const restored = await other.$$eval('[data-testid="storyboard-title"]', (els) => els.map((e) => e.value));
  assert.deepEqual(restored, ['Sovereignty, where it matters', 'Ce que coûte chaque option']);
  assert.deepEqual(await allProblems(), []);
  assert.deepEqual(await otherProblems(), []);
  await other.close();
});

test('a hostile storyboard link is refused with a message in the reader\'s language; the app keeps working', async () => {
  const said = { en: /storyboard link/, fr: /scénarimage/, de: /Storyboard-Link/ };
  for (const [hash, lang] of [[`#story=1.${'A'.repeat(40_000)}`, 'en'], ['#story=1.eJyrVipOzS9KSS1SslIqS8wpTVWqBQBAVAaF', 'fr'],
    ['#story=9.abc', 'en'], ['#story=1.AAAA', 'de']]) {
    const { page, allProblems } = await open(env, hash);
    if (lang !== 'en') await page.selectOption('[data-testid="choose-language"]', lang);
    const message = await page.textContent('[data-testid="storyboard-error"]');
    assert.match(message, said[lang], message);
    assert.equal(await page.$$eval('[data-testid="storyboard-step"]', (e) => e.length), 0);
    // Still working: present mode opens on the default storyboard.
    await enter(page);
    await atStep(page, 1, 5);
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${VIEW}:not([open])`, { state: 'attached' });
    assert.deepEqual(await allProblems(), []);
    await page.close();
  }
});

test('the storyboard prints as 16:9 slides, one page per step; each step exports as a 16:9 image', async () => {
  const { page, allProblems } = await open(env);
  await page.click('[data-testid="storyboard-default"]');
  await page.selectOption('[data-testid="storyboard-chart"]', 'frontier');
  await page.click('[data-testid="storyboard-add"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="storyboard-step"]').length === 6);
  await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await page.click('[data-testid="present-print"]');
  await page.waitForFunction(() => window.__printed === 1 && document.documentElement.classList.contains('story-print'));
  assert.equal(await page.$$eval('[data-testid="present-slide"]', (e) => e.length), 6);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="present-slide"] img')]
    .every((i) => i.complete && i.naturalWidth > 0));
  const file = join(scratch, 'slides.pdf');
  writeFileSync(file, await page.pdf({ width: '16in', height: '9in', preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [file]).toString();
  assert.equal(Number(info.match(/^Pages:\s+(\d+)/m)[1]), 6, 'one page per step');
  assert.match(info, /Page size:\s+1152(\.\d+)? x 648(\.\d+)? pts/, '16 × 9 inches');
  const text = execFileSync('pdftotext', [file, '-']).toString();
  assert.match(text, /What binds/);
  assert.match(text, /The decision/);
  assert.doesNotMatch(text, /Print the board brief|Key inputs/, 'the slides alone');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  await enter(page);
  await atStep(page, 1, 6);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="present-export-png"]')]);
  assert.equal(png.suggestedFilename(), 'socle-step-1.png');
  const bytes = readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1920, 1080], '16:9 full HD');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="present-export-svg"]')]);
  const svgText = readFileSync(await svg.path()).toString();
  assert.match(svgText, /^<svg[^>]*width="1600"[^>]*height="900"/);
  // The slide stands on its own in a deck: its heading and its message are drawn above the chart.
  const heading = (await page.textContent('[data-testid="present-heading"]')).trim();
  const escaped = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  assert.ok(svgText.includes(`>${escaped(heading)}</text>`), `the heading "${heading}" is in the SVG`);
  // The chart on screen is put back as it was: no heading component left in its option.
  const titles = await page.evaluate(() => {
    const t = window.echarts.getInstanceByDom(document.getElementById('present-chart')).getOption().title;
    return (t ?? []).map((x) => x.text);
  });
  assert.ok(!titles.includes(heading), `the chart on screen kept the export's heading: ${titles}`);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('no WCAG 2.2 A/AA violation in present mode, in either language, ask the room on and off', async () => {
  const { page, allProblems } = await open(env);
  await enter(page);
  await atStep(page, 1, 5);
  assert.deepEqual(await accessibilityViolations(page), [], 'present mode');
  await page.check('[data-testid="present-ask-room"]');
  await page.waitForSelector('[data-testid="present-reveal"]');
  await page.click('[data-testid="present-controls"] summary');
  assert.deepEqual(await accessibilityViolations(page), [], 'asking the room, controls open');
  await page.keyboard.press('Escape');
  await page.waitForSelector(`${VIEW}:not([open])`, { state: 'attached' });
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await page.click('[data-testid="storyboard-default"]');
  await enter(page);
  await atStep(page, 1, 5);
  assert.equal(await page.textContent('[data-testid="present-heading"]'), 'Coût de chaque option');
  assert.deepEqual(await accessibilityViolations(page), [], 'French');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

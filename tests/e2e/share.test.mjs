// Scenarios that travel without a server: share links restore the screen, bad links are explained and
// change nothing, files download with the right content and import with the same checks, saved scenarios
// survive a reload and damaged storage never stops the page, and embeds draw inside another page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync, deflateSync } from 'node:zlib';
import { createServer } from 'node:http';
import { launch, open, nudge, accessibilityViolations, linkWritten, SIGNAL_BUDGET_MS } from './harness.mjs';

let env;
// Embeds are meant for other sites: this run lets any page frame Socle (the deployment chooses).
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const kpis = (page) => page.$$eval('.kpi-value', (e) => e.map((k) => k.textContent));
const controls = (page) => page.$$eval('.controls input, .controls select',
  (els) => els.map((e) => (e.type === 'checkbox' ? e.checked : e.value)));
/** The controls as the reader sees them: a slider by the value it shows (several positions of a stepped
 *  scale, such as the number of GPUs, show the same value, and a link restores that value). */
const shownControls = (page) => page.$$eval('.controls input, .controls select', (els) => els.map((e) => {
  if (e.type === 'checkbox') return e.checked;
  if (e.type === 'range') return e.closest('.control')?.querySelector('output')?.textContent ?? e.value;
  return e.value;
}));
const settle = (page) => page.waitForFunction(() => document.documentElement.dataset.chartsPending === '0');

/** The scenario part of a link, decoded (base64url → zlib → JSON), for crafting damaged links. */
function decode(fragment) {
  const s = new URLSearchParams(fragment.replace(/^#/, '')).get('s');
  const [version, body] = s.split('.');
  return { version, json: JSON.parse(inflateSync(Buffer.from(body, 'base64url')).toString()) };
}
function encode(json, version = '1', lang = 'en') {
  return `lang=${lang}&s=${version}.${deflateSync(Buffer.from(JSON.stringify(json))).toString('base64url')}`;
}

test('a share link restores the exact screen in a new page, language included', async () => {
  const { page, allProblems } = await open(env);
  await page.selectOption('[data-testid="control-persona"]', { index: 6 });
  await nudge(page, 'control-gpu-count', 7, 'ArrowRight');
  await nudge(page, 'control-utilisation', 9, 'ArrowLeft');
  await page.selectOption('[data-testid="control-country"]', { index: 8 });
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await settle(page);
  await linkWritten(page); // the link is encoded once the screen is still
  const link = await page.inputValue('[data-testid="share-link"]');
  assert.ok(link.length < 2000 + env.url.length, `link of ${link.length} characters`);
  // The address bar follows once the screen is still (150 ms).
  await page.waitForFunction((l) => location.href === l, link);
  const expected = { kpis: await kpis(page), controls: await controls(page) };
  const other = await open(env, link.slice(env.url.length));
  assert.equal(await other.page.getAttribute('html', 'lang'), 'fr');
  assert.deepEqual({ kpis: await kpis(other.page), controls: await controls(other.page) }, expected);
  assert.deepEqual(await allProblems(), []);
  assert.deepEqual(await other.allProblems(), []);
  await page.close();
  await other.page.close();
});

test('every kind of bad link is explained, the previous scenario is kept and the page still works', async () => {
  // A scenario to keep: the one in progress in this browser.
  const first = await open(env);
  await nudge(first.page, 'control-utilisation', 5, 'ArrowRight');
  await settle(first.page);
  await linkWritten(first.page); // the scenario in progress is kept once the screen is still
  const good = (await first.page.inputValue('[data-testid="share-link"]')).slice(env.url.length + 1);
  const kept = await kpis(first.page);
  await first.page.close();

  const { json } = decode(good);
  const cases = {
    malformed: { fragment: 's=1.@@not-base64@@', message: /./ },
    truncated: { fragment: good.slice(0, good.length - 25), message: /cut off|incomplete|incomplet/i },
    oversized: { fragment: `s=1.${'A'.repeat(5000)}`, message: /too large|trop volumineux/i },
    'unknown version': { fragment: encode(json, '9'), message: /9/ },
    'out of range': { fragment: encode({ ...json, cu: 7 }), message: /compute\.utilisation.*7|7.*compute\.utilisation/ },
    'wrong type': { fragment: encode({ ...json, cn: 'many' }), message: /compute\.gpu_count/ },
    'French damaged link': { fragment: 'lang=fr&s=1.@@', message: /lien/ },
  };
  for (const [name, { fragment, message }] of Object.entries(cases)) {
    const { page, allProblems } = await open(env, `#${fragment}`, { keepStorage: true });
    const notice = await page.textContent('[data-testid="notice"]');
    assert.match(notice, message, `${name}: ${notice}`);
    if (!name.startsWith('French')) assert.deepEqual(await kpis(page), kept, `${name}: previous scenario kept`);
    // Still usable: a control still moves the figures (and back, so the kept scenario stays the same).
    const before = await kpis(page);
    await nudge(page, 'control-utilisation', 3, 'ArrowLeft');
    await page.waitForFunction((b) => JSON.stringify([...document.querySelectorAll('.kpi-value')].map((k) => k.textContent)) !== b, JSON.stringify(before));
    await nudge(page, 'control-utilisation', 3, 'ArrowRight');
    await page.waitForFunction((b) => JSON.stringify([...document.querySelectorAll('.kpi-value')].map((k) => k.textContent)) === b, JSON.stringify(before));
    await linkWritten(page); // let the kept scenario settle back before the next case reads it
    assert.doesNotMatch(await page.evaluate(() => location.hash), /@@|AAAAAAAAAA/);
    assert.deepEqual(await allProblems(), [], name);
    await page.close();
  }
});

test('a bad link pasted while the page is open changes nothing and says why', async () => {
  const { page, allProblems } = await open(env);
  const before = await kpis(page);
  await page.evaluate(() => { location.hash = 's=1.broken!!'; });
  await page.waitForSelector('[data-testid="notice"]');
  assert.deepEqual(await kpis(page), before);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

async function download(page, testid) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

test('PNG, CSV and JSON downloads carry the chart, its numbers and the scenario; JSON imports back', async () => {
  const { page, allProblems } = await open(env);
  const png = await download(page, 'png-tco-cumulative');
  assert.equal(png.name, 'socle-tco-cumulative.png');
  assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.ok(png.bytes.length > 5000, 'a real picture');
  const svg = await download(page, 'svg-tco-cumulative');
  assert.equal(svg.name, 'socle-tco-cumulative.svg');
  assert.match(svg.bytes.toString(), /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg.bytes.toString(), /<path/);
  const csv = await download(page, 'csv-tco-cumulative');
  const lines = csv.bytes.toString().trim().split('\r\n');
  assert.match(lines[0], /^Year,On-prem \(€\),Colocation \(€\)/);
  const npv = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('[data-testid="chart-tco-cumulative"]')).getOption().series[0].data.at(-1));
  assert.ok(Math.abs(Number(lines.at(-1).split(',')[1]) / 1e6 - npv) < 0.001, 'CSV holds the numbers the chart draws');
  // The cash-flow export: one SUMPRODUCT of amount × discount factor gives the NPV the chart draws.
  const flows = await download(page, 'export-cash-flows');
  assert.equal(flows.name, 'socle-cash-flows.csv');
  const rows = flows.bytes.toString().trim().split(/\r?\n/);
  assert.equal(rows[0], 'option,month,category,amount_eur,discount_factor,discounted_eur');
  const first = rows[1].split(',')[0];
  const sumproduct = rows.slice(1).map((r) => r.split(',')).filter((c) => c[0] === first)
    .reduce((acc, c) => acc + Number(c[3]) * Number(c[4]), 0);
  assert.ok(Math.abs(sumproduct / 1e6 - npv) < 0.001, `cash flows give ${sumproduct}, the chart ${npv} M€`);
  // Excel reads both as UTF-8 thanks to the byte order mark; in French, `;` and decimal commas.
  const BOM = [0xef, 0xbb, 0xbf];
  assert.deepEqual([...csv.bytes.subarray(0, 3)], BOM);
  assert.deepEqual([...flows.bytes.subarray(0, 3)], BOM);
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  const flowsFr = await download(page, 'export-cash-flows');
  assert.deepEqual([...flowsFr.bytes.subarray(0, 3)], BOM);
  const rowsFr = flowsFr.bytes.toString().slice(1).split('\n').filter((r) => r);
  assert.equal(rowsFr[0], 'option;month;category;amount_eur;discount_factor;discounted_eur');
  assert.ok(rowsFr.slice(1).some((r) => /;-?\d+,\d+;/.test(r)), 'decimal commas');
  const sumproductFr = rowsFr.slice(1).map((r) => r.split(';')).filter((c) => c[0] === first)
    .reduce((acc, c) => acc + Number(c[3].replace(',', '.')) * Number(c[4].replace(',', '.')), 0);
  assert.ok(Math.abs(sumproductFr - sumproduct) < 1e-6, `French cash flows give ${sumproductFr}`);
  const csvFr = await download(page, 'csv-tco-cumulative');
  assert.match(csvFr.bytes.toString().slice(1), /^Année;/);
  await page.selectOption('[data-testid="choose-language"]', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const json = await download(page, 'export-json');
  const doc = JSON.parse(json.bytes.toString());
  assert.equal(doc.socle_version, 1);
  assert.equal(doc.scenario.compute.gpu_count, Number(await page.$eval('[data-testid="control-gpu-count"]', () =>
    document.querySelector('[data-testid="control-gpu-count"]').closest('.control').querySelector('output').textContent.replace(/\D/g, ''))));

  // Import: a changed file applies; an out-of-range file is refused with its reason and changes nothing.
  const dir = mkdtempSync(join(tmpdir(), 'socle-json-'));
  const changed = structuredClone(doc); changed.scenario.compute.gpu_count = 4096;
  const bad = structuredClone(doc); bad.scenario.compute.utilisation = 3;
  writeFileSync(join(dir, 'changed.json'), JSON.stringify(changed));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
  await page.setInputFiles('[data-testid="import-json"]', join(dir, 'changed.json'));
  await page.waitForFunction(() => document.querySelector('[data-testid="control-gpu-count"]').closest('.control').querySelector('output').textContent.replace(/\D/g, '') === '4096');
  const before = await kpis(page);
  await page.setInputFiles('[data-testid="import-json"]', join(dir, 'bad.json'));
  const notice = await page.waitForSelector('[data-testid="notice"]');
  assert.match(await notice.textContent(), /compute\.utilisation/);
  assert.deepEqual(await kpis(page), before);
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('saved scenarios survive a reload; damaged storage is reported, set aside, and the page starts', async () => {
  const { page, allProblems } = await open(env);
  await page.evaluate(() => localStorage.clear());
  await page.fill('[data-testid="save-name"]', 'Board option A');
  await page.click('[data-testid="save-scenario"]');
  const saved = await kpis(page);
  await nudge(page, 'control-gpu-count', 10, 'ArrowRight');
  await linkWritten(page);
  await page.reload();
  await page.waitForSelector('[data-testid="app-ready"]');
  assert.match(await page.textContent('[data-testid="saved-list"]'), /Board option A/);
  assert.notDeepEqual(await kpis(page), saved, 'the scenario in progress came back after the reload');
  await page.click('[data-testid="load-saved-0"]');
  await page.waitForFunction((s) => JSON.stringify([...document.querySelectorAll('.kpi-value')].map((k) => k.textContent)) === s, JSON.stringify(saved));

  // Damage: one readable item and one broken one, then an unreadable blob.
  const good = await page.evaluate(() => localStorage.getItem('socle.saved'));
  const list = JSON.parse(good);
  list.items.push({ name: 'broken', saved_at: 'x', scenario: { compute: 'nonsense' } });
  await page.evaluate((v) => localStorage.setItem('socle.saved', v), JSON.stringify(list));
  await page.reload();
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.textContent('[data-testid="saved-list"]'), /Board option A/);
  assert.doesNotMatch(await page.textContent('[data-testid="saved-list"]'), /broken/);
  await linkWritten(page); // the page's own write of the scenario in progress happens first
  await page.evaluate(() => { localStorage.setItem('socle.saved', '{{{ not json'); localStorage.setItem('socle.current', 'garbage'); });
  // A visit without a link starts from the scenario kept in the browser: both stores are read.
  await page.goto(env.url);
  await page.waitForSelector('[data-testid="app-ready"]');
  assert.ok((await page.$$('[data-testid="notice"]')).length >= 2, 'both problems reported');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith('socle.set-aside.')), 'damaged data kept aside, not deleted');
  assert.equal((await kpis(page)).length, 8, 'the page started');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('compare pins scenario B and shows the differences; the share panel passes WCAG 2.2 A/AA', async () => {
  const { page, allProblems } = await open(env);
  await page.click('[data-testid="pin-b"]');
  await page.selectOption('[data-testid="control-target"]', { index: 4 });
  await page.waitForFunction(() => /US public/.test(document.querySelector('[data-testid="compare-table"]')?.textContent));
  const table = await page.textContent('[data-testid="compare-table"]');
  assert.match(table, /US public/);
  assert.match(table, /[+−]€\d|[+−]\d/);
  assert.deepEqual(await accessibilityViolations(page), [], 'English');
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.deepEqual(await accessibilityViolations(page), [], 'French');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('an embed link renders one chart, filling an iframe on another page', async () => {
  const { page } = await open(env);
  await page.click('[data-testid="embed-box"] > summary');
  await page.selectOption('[data-testid="embed-view"]', { index: 0 });
  const code = await page.inputValue('[data-testid="embed-code"]');
  assert.ok(code.startsWith(`<iframe src="${env.url}embed.html#`), code);
  assert.match(code, /embed=chart\.tco-cumulative/);
  await page.close();
  // A page on another origin (another port) that frames the embed.
  const host = createServer((_, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end(`<!doctype html><title>deck</title><body>${code}</body>`); });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const deck = await env.context.newPage();
  const errors = [];
  deck.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await deck.goto(`http://127.0.0.1:${host.address().port}/`);
  const frame = await (await deck.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => {
    const el = document.querySelector('[data-testid="chart-tco-cumulative"]');
    const c = el && window.echarts.getInstanceByDom(el);
    return c && c.getOption().series.length === 15; // five lines and the P10–P90 band of each (two series)
  }, null, { timeout: SIGNAL_BUDGET_MS });
  assert.equal(await frame.$$eval('.chart', (e) => e.length), 1, 'one chart alone');
  assert.match(await frame.textContent('[data-testid="embed-source"]'), /Socle/);
  const box = await frame.$eval('.chart', (e) => e.getBoundingClientRect().height);
  assert.ok(box > 300, `the chart fills the frame (${box}px)`);
  const chartEmbed = await open(env, `#${code.match(/#([^"]+)"/)[1]}`);
  assert.deepEqual(await accessibilityViolations(chartEmbed.page), [], 'embedded chart');
  await chartEmbed.page.close();
  assert.deepEqual(errors, []);
  await deck.close();
  host.close();
  // A headline figure alone.
  const kpi = await open(env, `#${code.match(/#([^"]+)"/)[1].replace('embed=chart.tco-cumulative', 'embed=kpi.npv')}`);
  assert.match(await kpi.page.textContent('[data-testid="kpi-value-npv"]'), /€/);
  assert.deepEqual(await accessibilityViolations(kpi.page), [], 'embedded figure');
  assert.deepEqual(await kpi.allProblems(), []);
  await kpi.page.close();
});

test('a passphrase-protected link and JSON file open only with the passphrase; a wrong one changes nothing', async () => {
  const { page, allProblems } = await open(env);
  const gpus = (p) => p.$eval('[data-testid="control-gpu-count"]', (e) => e.closest('.control').querySelector('output').textContent);
  await page.selectOption('[data-testid="control-persona"]', { index: 3 });
  await nudge(page, 'control-gpu-count', 6, 'ArrowRight');
  await linkWritten(page);
  const expected = { kpis: await kpis(page), controls: await shownControls(page), gpus: await gpus(page) };
  const plain = (await page.inputValue('[data-testid="share-link"]')).split('#')[1];
  const persona = decode(plain).json.p;
  assert.ok(persona.length > 5, persona);

  // Empty or differing passphrases are refused with a message; nothing is made.
  await page.check('[data-testid="share-protect"]');
  await page.click('[data-testid="copy-link"]');
  assert.match(await page.textContent('[data-testid="share-passphrase-error"]'), /Type a passphrase/);
  await page.fill('[data-testid="share-passphrase"]', 'board 2026 sovereign');
  await page.fill('[data-testid="share-passphrase-confirm"]', 'board 2026 sovereig');
  await page.click('[data-testid="copy-link"]');
  assert.match(await page.textContent('[data-testid="share-passphrase-error"]'), /differ/);
  assert.equal(await page.inputValue('[data-testid="share-link"]'), '');
  await page.fill('[data-testid="share-passphrase-confirm"]', 'board 2026 sovereign');
  await page.click('[data-testid="copy-link"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="share-link"]').value.includes('#lang=en&c=1.600000.'));
  const link = await page.inputValue('[data-testid="share-link"]');
  const fragment = link.split('#')[1];
  // Only the language and the envelope travel: neither the scenario nor the persona can be read.
  assert.deepEqual([...new URLSearchParams(fragment).keys()], ['lang', 'c']);
  assert.ok(!fragment.includes(plain.split('s=')[1]), 'the scenario in clear is not in the link');
  assert.ok(!fragment.includes(persona), 'the persona is not in the link');
  const ciphertext = Buffer.from(fragment.split('.').at(-1), 'base64url');
  assert.throws(() => inflateSync(ciphertext), 'the scenario is encrypted, not only compressed');

  // A fresh page asks for the passphrase; a wrong one is refused in the reader's language and changes nothing.
  const other = await open(env, `#${fragment.replace('lang=en', 'lang=fr')}`);
  await other.page.waitForSelector('[data-testid="passphrase-dialog"]');
  assert.equal(await other.page.evaluate(() => document.activeElement?.dataset.testid), 'passphrase-input', 'focus on the passphrase');
  const before = { kpis: await kpis(other.page), gpus: await gpus(other.page) };
  await other.page.fill('[data-testid="passphrase-input"]', 'board 2025 sovereign');
  await other.page.press('[data-testid="passphrase-input"]', 'Enter');
  await other.page.waitForFunction(() => /ne l’ouvre pas/.test(document.querySelector('[data-testid="passphrase-error"]').textContent));
  assert.deepEqual({ kpis: await kpis(other.page), gpus: await gpus(other.page) }, before, 'previous scenario kept');
  // Escape cancels: the dialog closes and the scenario in force stays.
  await other.page.press('[data-testid="passphrase-input"]', 'Escape');
  await other.page.waitForSelector('[data-testid="passphrase-dialog"]', { state: 'detached' });
  assert.deepEqual({ kpis: await kpis(other.page), gpus: await gpus(other.page) }, before);
  await other.page.close();

  const third = await open(env, `#${fragment}`);
  await third.page.fill('[data-testid="passphrase-input"]', 'board 2026 sovereign');
  await third.page.press('[data-testid="passphrase-input"]', 'Enter');
  await third.page.waitForSelector('[data-testid="passphrase-dialog"]', { state: 'detached' });
  await third.page.waitForFunction((g) => document.querySelector('[data-testid="control-gpu-count"]').closest('.control').querySelector('output').textContent === g, expected.gpus);
  await linkWritten(third.page);
  assert.deepEqual({ kpis: await kpis(third.page), controls: await shownControls(third.page), gpus: await gpus(third.page) }, expected);
  // The address bar keeps the protected link: the browser's history never holds the scenario in clear.
  assert.equal(await third.page.evaluate(() => location.hash), `#${fragment}`);

  // A hostile link asking for a costly key derivation is refused before any work, with its reason.
  const costly = fragment.replace('c=1.600000.', 'c=1.4000000000.');
  const hostile = await open(env, `#${costly}`);
  assert.match(await hostile.page.textContent('[data-testid="notice"]'), /round|tours/i);
  assert.equal(await hostile.page.$('[data-testid="passphrase-dialog"]'), null);
  await hostile.page.close();

  // The protected JSON export: encrypted too, and imported back through the same dialog.
  const file = await download(page, 'export-json');
  assert.equal(file.name, 'socle-scenario-protected.json');
  const text = file.bytes.toString();
  assert.deepEqual(Object.keys(JSON.parse(text)), ['socle_protected']);
  assert.ok(!text.includes(persona) && !text.includes('gpu_count'), 'nothing in clear');
  await third.page.selectOption('[data-testid="control-persona"]', { index: 0 });
  await third.page.waitForFunction((g) => document.querySelector('[data-testid="control-gpu-count"]').closest('.control').querySelector('output').textContent !== g, expected.gpus);
  const dir = mkdtempSync(join(tmpdir(), 'socle-protected-'));
  writeFileSync(join(dir, 'protected.json'), text);
  await third.page.setInputFiles('[data-testid="import-json"]', join(dir, 'protected.json'));
  await third.page.waitForSelector('[data-testid="passphrase-dialog"]');
  assert.match(await third.page.textContent('[data-testid="passphrase-dialog"]'), /This file is protected/);
  await third.page.fill('[data-testid="passphrase-input"]', 'board 2026 sovereign');
  await third.page.click('[data-testid="passphrase-submit"]');
  await third.page.waitForSelector('[data-testid="passphrase-dialog"]', { state: 'detached' });
  await third.page.waitForFunction((g) => document.querySelector('[data-testid="control-gpu-count"]').closest('.control').querySelector('output').textContent === g, expected.gpus);
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(await third.allProblems(), []);
  assert.deepEqual(await allProblems(), []);
  await third.page.close();
  await page.close();
});

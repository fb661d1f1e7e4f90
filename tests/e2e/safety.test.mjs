// Data safety and embeds: in-page anchors are not links, a damaged embed link stays an embed, and the
// embed entry page never shows the dashboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, open, linkWritten } from './harness.mjs';

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


test('with storage full, a damaged saved list is never overwritten and the notice offers it as a download', async () => {
  const { page, allProblems } = await open(env);
  await linkWritten(page);
  const damaged = '{"version":1,"items":[{"name":"Board option A","saved_at":"2026-01-01","scenario":{"com';
  // Damage the saved list, then fill the browser's storage to the last byte.
  const filled = await page.evaluate((raw) => {
    localStorage.setItem('socle.saved', raw);
    let size = 1 << 22; let n = 0;
    while (size >= 1) {
      try { localStorage.setItem(`filler.${n}`, 'x'.repeat(size)); n += 1; } catch { size = Math.floor(size / 2); }
    }
    return n;
  }, damaged);
  assert.ok(filled > 0);
  await page.fill('[data-testid="save-name"]', 'Option B');
  await page.click('[data-testid="save-scenario"]');
  const notice = await page.waitForSelector('[data-testid="notice"]');
  assert.match(await notice.textContent(), /too full to copy them aside.*nothing was written over them/);
  assert.equal(await page.evaluate(() => localStorage.getItem('socle.saved')), damaged, 'the original is untouched');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="notice-download-0"]')]);
  assert.equal(download.suggestedFilename(), 'socle-damaged-data.txt');
  assert.equal(readFileSync(await download.path(), 'utf8'), damaged, 'the download is the damaged text, as found');
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await page.waitForFunction(() => /trop plein/.test(document.querySelector('[data-testid="notice"]').textContent));
  assert.match(await page.textContent('[data-testid="notice-download-0"]'), /Télécharger/);

  // Once there is room again, saving sets the damaged list aside first, then writes.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler.')) localStorage.removeItem(k); });
  await page.click('[data-testid="save-scenario"]');
  await page.waitForFunction(() => /Option B/.test(localStorage.getItem('socle.saved') ?? ''));
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('socle.set-aside.'))
    .map((k) => localStorage.getItem(k)));
  assert.deepEqual(aside, [damaged], 'the damaged list is kept aside, once');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('the top bar and the printed brief show the version and the year of the price catalogue', async () => {
  const { page, allProblems } = await open(env);
  const version = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8').match(/^version = "([^"]+)"/m)[1];
  const shown = await page.textContent('[data-testid="app-version"]');
  const match = shown.match(/^Socle (\S+) · price catalogue (\d{4})$/);
  assert.ok(match, shown);
  assert.equal(match[1], version);
  assert.ok(Number(match[2]) >= 2024 && Number(match[2]) <= 2030, shown);
  assert.equal(await page.textContent('[data-testid="print-version"]'), shown, 'the printed brief says the same');
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  await page.waitForFunction((y) => document.querySelector('[data-testid="app-version"]').textContent.endsWith(`catalogue des prix ${y}`), match[2]);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

// The German screen: choosing Deutsch changes every visible string of the dashboard, the advanced panel,
// the printed brief and an embed, leaving no English and no French word; figures use German separators;
// a share link and a link with only a language (#lang=de) open the page in German, the latter with no
// bad-link notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './harness.mjs';
import { ENGLISH, visibleText, wordsOf } from './words.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** English words a German text never uses (the French journey's list without the words German shares
 * or borrows in a board document: in, rest, per, rate, dual, hardware, training, workload, break-even,
 * download, provider, commitment, managed, scores), plus some of the interface's own. */
const GERMAN_TOO = new Set(['in', 'rest', 'per', 'rate', 'dual', 'hardware', 'training', 'workload', 'workloads',
  'break', 'even', 'download', 'provider', 'commitment', 'managed', 'scores']);
const ENGLISH_NOT_GERMAN = new Set([...[...ENGLISH].filter((w) => !GERMAN_TOO.has(w)),
  ...'on premises sovereign scenario scenarios assumptions saved save your you which where when how not only this that table'.split(' ')]);
/** French words of the interface that are not German words. */
const FRENCH = new Set(('le la les une et est pour par sur avec dans coût coûts prix année années mois souveraineté '
  + 'hypothèses scénario scénarios télécharger afficher masquer moins au aux ou où qui que votre vos données calcul lien '
  + 'chiffres graphique tableau région offre souverain souveraine européen étape').split(' '));

const LANGUAGE = '[data-testid="choose-language"]';
const kpis = (page) => page.$$eval('.kpi-value', (e) => e.map((k) => k.textContent));

/** Waits until the page has painted the last update and drawn its charts. */
async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => (document.documentElement.dataset.chartsPending ?? '0') === '0');
}

/** Fails, naming the texts, when `parts` hold an English or a French word. */
function assertGerman(parts, where) {
  const leftovers = { english: [...wordsOf(parts, ENGLISH_NOT_GERMAN).entries()], french: [...wordsOf(parts, FRENCH).entries()] };
  assert.deepEqual(leftovers, { english: [], french: [] }, `English or French words on the German ${where}`);
}

/** The link of the screen once the address bar has followed it (it is written once the screen is still). */
async function linkOf(page) {
  await page.waitForFunction(() => /[#&]lang=de&s=1\./.test(location.hash));
  return page.url();
}

test('choosing German changes every visible string, advanced panel and printed brief included', async () => {
  // Every chart on screen at once (off-screen charts catch up when scrolled in).
  const { page, allProblems } = await open(env, '', { viewport: { width: 1366, height: 9000 } });
  for (const b of await page.$$('[data-testid^="toggle-table-"]')) await b.click();
  assert.ok(wordsOf(await visibleText(page), ENGLISH_NOT_GERMAN).size > 20, 'the English screen is recognised as English');
  await page.selectOption(LANGUAGE, 'de');
  await settle(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.inputValue(LANGUAGE), 'de');
  assert.equal(await page.getAttribute(LANGUAGE, 'aria-label'), 'Sprache');
  assert.deepEqual(await page.$$eval(`${LANGUAGE} option`, (os) => os.map((o) => [o.value, o.lang, o.textContent.trim()])),
    [['en', 'en', 'English'], ['fr', 'fr', 'Français'], ['de', 'de', 'Deutsch']]);
  assertGerman(await visibleText(page), 'dashboard');

  // The advanced panel, every group open.
  for (const summary of await page.$$('[data-testid="advanced"] details:not([open]) > summary')) await summary.click();
  await settle(page);
  assert.equal(await page.$$eval('[data-testid="advanced"] details:not([open])', (d) => d.length), 0);
  assertGerman(await visibleText(page), 'advanced panel');

  // The printed brief (print media: the print-only header, figures and sources; no controls).
  await page.emulateMedia({ media: 'print' });
  await settle(page);
  assertGerman(await visibleText(page), 'printed brief');
  const date = (await page.textContent('[data-testid="print-date"]')).replace(/[\s\u00a0]+/g, ' ').trim();
  assert.match(date, /^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) 20\d\d$/);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('in German, headline figures use the German separators and scales for every persona', async () => {
  const { page, allProblems } = await open(env);
  await page.selectOption(LANGUAGE, 'de');
  await settle(page);
  const personas = await page.$$eval('[data-testid="control-persona"] option', (os) => os.map((o) => o.value));
  const all = [];
  for (const p of personas) {
    await page.selectOption('[data-testid="control-persona"]', p);
    await settle(page);
    const figures = (await kpis(page)).join(' | ');
    all.push(figures);
    assert.doesNotMatch(figures, /€\s?\d/, `${figures}: the euro sign follows the amount`);
    assert.doesNotMatch(figures, /\d\.\d{1,2}(?!\d)/, `${figures}: a decimal point`);
    assert.doesNotMatch(figures, /\d\s?(bn|M|k)\b/, `${figures}: an English scale`);
    assert.match(figures, /\d\s(Mio\.|Mrd\.|Tsd\.)\s€/, `${figures}: a scaled amount`);
    assert.match(figures, /\d,\d/, `${figures}: a decimal comma`);
  }
  // A thousands dot where a figure reaches four digits (1.234,5).
  assert.ok(all.some((f) => /\d\.\d{3}(?!\d)/.test(f)), all.join('\n'));
  // The charts' axes too: the cumulative cost axis labels 30 (millions) as German money.
  const axis = await page.evaluate(() => {
    const chart = window.echarts.getInstanceByDom(document.querySelector('[data-testid="chart-tco-cumulative"]'));
    const f = chart?.getOption().yAxis[0].axisLabel.formatter;
    return typeof f === 'function' ? [f(30), f(-2.5)] : [String(f)];
  });
  assert.deepEqual(axis, ['30,0\u00a0Mio.\u00a0€', '\u22122,5\u00a0Mio.\u00a0€']);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('a German share link restores German in a new page, and its embeds speak German', async () => {
  const { page, allProblems } = await open(env);
  await page.selectOption('[data-testid="control-persona"]', { index: 5 });
  await page.selectOption(LANGUAGE, 'de');
  await settle(page);
  const link = await linkOf(page);
  const expected = await kpis(page);
  const other = await open(env, link.slice(env.url.length));
  assert.equal(await other.page.getAttribute('html', 'lang'), 'de');
  assert.equal(await other.page.inputValue(LANGUAGE), 'de');
  assert.deepEqual(await kpis(other.page), expected);
  assert.deepEqual(await other.page.$$('[data-testid="notice"]'), []);

  const scenario = new URL(link).hash.match(/s=[^&]+/)[0];
  for (const view of ['chart.tco-cumulative', 'kpi.npv']) {
    const embed = await open(env, `embed.html#lang=de&embed=${view}&${scenario}`);
    assert.equal(await embed.page.getAttribute('html', 'lang'), 'de', view);
    assert.equal(await embed.page.$('[data-testid="save-scenario"]'), null, 'an embed, not the dashboard');
    const parts = await visibleText(embed.page);
    assert.ok(parts.join(' ').length > 10, `${view} shows something`);
    assertGerman(parts, `embed ${view}`);
    assert.deepEqual(await embed.allProblems(), [], view);
    await embed.page.close();
  }
  assert.deepEqual(await allProblems(), []);
  assert.deepEqual(await other.allProblems(), []);
  await page.close();
  await other.page.close();
});

test('a link with only a language opens the page in it, with no bad-link notice', async () => {
  const { page, allProblems } = await open(env, '#lang=de');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.inputValue(LANGUAGE), 'de');
  assert.deepEqual(await page.$$('[data-testid="notice"]'), []);
  // The address bar then carries the scenario shown, in German.
  await linkOf(page);
  assert.deepEqual(await allProblems(), []);
  await page.close();

  // Pasted into the address bar of an open page.
  const english = await open(env);
  assert.equal(await english.page.getAttribute('html', 'lang'), 'en');
  const before = await kpis(english.page);
  for (const code of ['de', 'fr', 'de']) {
    await english.page.evaluate((code) => { location.hash = `lang=${code}`; }, code);
    await english.page.waitForFunction((code) => document.documentElement.lang === code, code);
    assert.equal(await english.page.inputValue(LANGUAGE), code);
  }
  await settle(english.page);
  assert.deepEqual(await english.page.$$('[data-testid="notice"]'), []);
  assert.equal((await kpis(english.page)).length, before.length, 'the same scenario, in German');
  assert.deepEqual(await english.allProblems(), []);
  await english.page.close();
});

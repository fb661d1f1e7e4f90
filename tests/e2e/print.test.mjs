// The board brief: a button prints it; on paper it is at most two A4 pages with the date, the persona,
// the link, the headline figures, the main charts (current, even those never scrolled to) and the
// sources with their year, the decision figures (odds, regret, cost of each SEAL step) as three lines;
// the controls are not printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, open } from './harness.mjs';

/** The charts of the brief (src/print.rs PRINTED). */
const PRINTED = ['tco-cumulative', 'tco-breakdown', 'constraints', 'sovereignty', 'migration-cost'];

let env;
let scratch;
before(async () => { env = await launch(); scratch = mkdtempSync(join(tmpdir(), 'socle-print-')); });
after(async () => { await env?.close(); rmSync(scratch, { recursive: true, force: true }); });

/** Spaces of every kind (French uses narrow no-break spaces) as one plain space. */
const plain = (s) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Prints the page to an A4 PDF; returns its page count and its text. */
async function printPdf(page, name) {
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  assert.match(info, /Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)/);
  return { pages, text: plain(execFileSync('pdftotext', [file, '-']).toString()) };
}

/** Each printed chart: drawn or not, its width in pixels, and whether its option is the current one. */
function printedCharts(page) {
  return page.evaluate((ids) => ids.map((id) => {
    const el = document.querySelector(`[data-testid="chart-${id}"]`);
    const chart = window.echarts.getInstanceByDom(el);
    return { id, drawn: !!chart && chart.getOption().series.length > 0, width: chart ? chart.getWidth() : 0 };
  }), PRINTED);
}

test('the top bar button, in both languages, opens the print dialog', async () => {
  const { page, allProblems } = await open(env);
  const button = page.locator('[data-testid="print-brief"]');
  assert.equal(await button.textContent(), 'Print the board brief');
  // The browser's dialog is replaced by a recorder: a headless browser has no dialog to close.
  await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await button.click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  assert.equal(await button.textContent(), 'Imprimer la note au conseil');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('before printing, every printed chart is drawn at once, even those never scrolled to', async () => {
  const { page, allProblems } = await open(env);
  const screen = await printedCharts(page);
  assert.ok(screen.some((c) => !c.drawn), 'some printed charts are off screen and not drawn yet');
  // Synchronously within the event, as the browser takes its snapshot right after the handlers.
  const during = await page.evaluate((ids) => {
    window.dispatchEvent(new Event('beforeprint'));
    return ids.map((id) => {
      const chart = window.echarts.getInstanceByDom(document.querySelector(`[data-testid="chart-${id}"]`));
      return { id, drawn: !!chart && chart.getOption().series.length > 0, width: chart ? chart.getWidth() : 0 };
    });
  }, PRINTED);
  for (const c of during) {
    assert.ok(c.drawn, `${c.id} is drawn for print`);
    assert.equal(c.width, 480, `${c.id} is laid out at its print size`);
  }
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const back = await printedCharts(page);
  const cardWidth = await page.$eval('[data-testid="chart-tco-cumulative"]', (e) => Math.round(e.clientWidth));
  assert.equal(back[0].width, cardWidth, 'back on screen, a chart fits its card again');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('in print media the brief shows its header and figures and hides every control', async () => {
  const { page, allProblems } = await open(env);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shot = await page.screenshot({ fullPage: true });
  assert.ok(shot.length > 50_000, 'the printed page is not blank');
  const seen = await page.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
    return {
      header: shown('[data-testid="print-header"]'),
      // The section itself joins the page grid (display: contents): its parts are what is shown.
      assumptions: shown('[data-testid="print-inputs"]') && shown('[data-testid="print-sources"]'),
      kpis: document.querySelectorAll('.kpi-value').length,
      controls: shown('.sidebar') || shown('.topbar') || shown('.card-tools') || shown('[data-testid="advanced"]') || shown('[data-testid="explainer"]'),
      cards: [...document.querySelectorAll('.card')].filter((c) => c.getClientRects().length > 0).map((c) => c.dataset.testid),
      link: document.querySelector('[data-testid="print-link"]').textContent,
      date: document.querySelector('[data-testid="print-date"]').textContent,
      persona: document.querySelector('[data-testid="print-persona"]').textContent,
    };
  });
  assert.ok(seen.header && seen.assumptions, 'print-only parts are shown');
  assert.equal(seen.controls, false, 'no control is printed');
  assert.deepEqual(seen.cards, PRINTED.map((id) => `card-${id}`));
  assert.equal(seen.link, page.url(), 'the link is the full address');
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  assert.equal(plain(seen.date), today);
  assert.equal(seen.persona, 'Critical software vendor');
  for (const c of await printedCharts(page)) assert.ok(c.drawn, `${c.id} is drawn in print media`);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('the brief prints on at most two A4 pages with the headline figures and the sources with their year', async () => {
  const { page, allProblems } = await open(env);
  const { pages, text } = await printPdf(page, 'brief-en');
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  const kpis = await page.$$eval('.kpi-value', (els) => els.map((e) => e.textContent));
  assert.equal(kpis.length, 8);
  for (const k of kpis) assert.ok(text.includes(plain(k)), `the PDF shows the headline figure ${k}`);
  assert.ok(text.includes('Assumptions and sources'));
  assert.match(text, /\((19|20)\d\d, (verified|secondary source|estimate)\)/, 'a source with its year');
  assert.ok(text.includes(page.url()), 'the link to the scenario');
  // The decision figures: the odds of the cheapest option, the regret and the cost of each SEAL step,
  // as three lines rather than more charts, so the brief keeps to two pages.
  const decision = await page.$$eval('[data-testid="print-decision"] li', (els) => els.map((e) => e.textContent));
  assert.equal(decision.length, 3);
  assert.match(decision[0], /is cheapest in \d+% of 5,000 futures/);
  for (const line of decision) assert.ok(text.includes(plain(line).slice(0, 40)), `the PDF shows ${line}`);
  // The charts' titles are printed with their cards.
  for (const id of PRINTED) {
    const title = await page.textContent(`#title-${id}`);
    assert.ok(text.includes(plain(title).slice(0, 30)), `the ${id} chart is printed`);
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('in French, every persona’s brief fits on two A4 pages with its own figures', async () => {
  const { page, allProblems } = await open(env);
  await page.selectOption('[data-testid="choose-language"]', 'fr');
  const count = await page.$$eval('[data-testid="control-persona"] option', (o) => o.length);
  for (let i = 0; i < count; i++) {
    await page.selectOption('[data-testid="control-persona"]', String(i));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const persona = await page.$eval('[data-testid="control-persona"]', (s) => s.selectedOptions[0].textContent);
    const { pages, text } = await printPdf(page, `brief-fr-${i}`);
    assert.ok(pages <= 2, `${persona}: ${pages} pages`);
    assert.ok(text.includes('Hypothèses et sources'), `${persona}: the French brief`);
    assert.ok(text.includes(plain(persona)), `${persona}: the persona is named`);
    for (const k of await page.$$eval('.kpi-value', (els) => els.map((e) => e.textContent))) {
      assert.ok(text.includes(plain(k)), `${persona}: the PDF shows ${k}`);
    }
    assert.match(text, /\(20\d\d, (vérifié|source secondaire|estimation)\)/, `${persona}: a source with its year`);
    assert.match(text, /est le moins cher dans \d+ % des 5 000 futurs/, `${persona}: the odds of the cheapest option`);
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

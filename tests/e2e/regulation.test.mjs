// Regulatory presets: choosing a regime changes the required SEAL and which options qualify, and says
// which criterion disqualifies the others; none restores the screen; the preset travels in links; the
// French screen speaks French; a hostile preset in a link is refused in the reader's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync, deflateSync } from 'node:zlib';
import { launch, open, linkWritten } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// Positions in the control, as in the model's `Regulation::ALL`.
const NONE = '0';
const SECNUMCLOUD = '2';
// Position of the mid-size company (internal data, SEAL-1) in the persona control.
const MID_SIZE = 3;

const Q = '[data-testid="qualification"]';
/** The qualification signal: preset, required SEAL, qualifying options, text. */
const qualification = (page) => page.$eval(Q, (e) => ({
  regulation: e.dataset.regulation,
  required: e.dataset.requiredSeal,
  qualifying: e.dataset.qualifying,
  hidden: e.hidden,
  text: e.textContent,
}));
const waitRegulation = (page, id) =>
  page.waitForFunction((id) => document.querySelector('[data-testid="qualification"]')?.dataset.regulation === id, id);

function encode(json, lang = 'en') {
  return `lang=${lang}&s=1.${deflateSync(Buffer.from(JSON.stringify(json))).toString('base64url')}`;
}
function decode(link) {
  const s = new URLSearchParams(new URL(link).hash.slice(1)).get('s');
  return JSON.parse(inflateSync(Buffer.from(s.split('.')[1], 'base64url')).toString());
}

test('choosing SecNumCloud raises the required SEAL and names what disqualifies each option; none restores it', async () => {
  const { page, allProblems } = await open(env);
  await page.selectOption('[data-testid="control-persona"]', { index: MID_SIZE });
  await page.waitForFunction(() => document.querySelector('[data-testid="qualification"]')?.dataset.requiredSeal === '1');
  const initial = await qualification(page);
  assert.equal(initial.regulation, 'none');
  assert.equal(initial.hidden, true);
  const initialNote = await page.textContent('[data-testid="kpi-sovereignty"] .kpi-note');

  await page.selectOption('[data-testid="control-regulation"]', SECNUMCLOUD);
  await waitRegulation(page, 'secnumcloud');
  const under = await qualification(page);
  assert.equal(under.required, '2', 'SecNumCloud raises internal data (SEAL-1) to SEAL-2');
  assert.equal(under.hidden, false);
  const qualifying = under.qualifying.split(' ').filter(Boolean);
  assert.ok(!qualifying.includes('us_public_cloud') && !qualifying.includes('us_sovereign_offer'), under.qualifying);
  assert.ok(qualifying.includes('eu_sovereign_cloud'), under.qualifying);
  assert.notEqual(under.qualifying, initial.qualifying);
  assert.match(under.text, new RegExp(`^Under SecNumCloud 3\\.2 \\(ANSSI, 2022\\), which requires SEAL-2, ${qualifying.length} of 5 options? qualif`));
  assert.match(under.text, /US hyperscaler, EU region — SOV-2\.2 Exposure to extraterritorial laws/);
  // The headline of the target and the sovereignty chart's summary say it too.
  await page.waitForFunction(() => /SecNumCloud/.test(document.querySelector('[data-testid="kpi-sovereignty"] .kpi-note')?.textContent));
  await page.waitForFunction(() => /Under SecNumCloud 3\.2/.test(document.querySelector('[data-testid="summary-sovereignty"]')?.textContent));
  // The choice is kept in the scenario: once written, the share link carries it (a write of the persona
  // change may land first, so wait for the write that follows the choice).
  await linkWritten(page);
  const link = await page.inputValue('[data-testid="share-link"]');
  assert.equal(decode(link).or, 'SecNumCloud');

  await page.selectOption('[data-testid="control-regulation"]', NONE);
  await waitRegulation(page, 'none');
  const restored = await qualification(page);
  assert.deepEqual({ ...restored, text: undefined }, { ...initial, text: undefined });
  await page.waitForFunction((n) => document.querySelector('[data-testid="kpi-sovereignty"] .kpi-note')?.textContent === n, initialNote);
  await page.waitForFunction(() => !/Under SecNumCloud/.test(document.querySelector('[data-testid="summary-sovereignty"]')?.textContent));
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('a link with a preset restores it, and the French screen says it in French', async () => {
  const { page, allProblems } = await open(env, `#${encode({ p: 'MidSizeCompany', or: 'SecNumCloud' })}`);
  await waitRegulation(page, 'secnumcloud');
  assert.equal(await page.inputValue('[data-testid="control-regulation"]'), SECNUMCLOUD);
  assert.equal((await qualification(page)).required, '2');
  await page.close();

  const fr = await open(env, `#${encode({ p: 'MidSizeCompany', or: 'SecNumCloud' }, 'fr')}`);
  await waitRegulation(fr.page, 'secnumcloud');
  assert.equal(await fr.page.getAttribute('html', 'lang'), 'fr');
  const text = (await qualification(fr.page)).text;
  assert.match(text, /^Sous SecNumCloud 3\.2 \(ANSSI, 2022\), qui exige le SEAL-2, \d options? sur 5 (sont|est) admissibles?/);
  assert.match(text, /Écartées : .*SOV-2\.2 Exposition aux lois extraterritoriales/);
  assert.doesNotMatch(text, /Under|qualif|Disqualified/);
  const label = await fr.page.textContent('label[for="control-regulation"]');
  assert.match(label, /Régime réglementaire/);
  const chosen = await fr.page.$eval('[data-testid="control-regulation"]', (s) => s.selectedOptions[0].textContent);
  assert.equal(chosen, 'SecNumCloud 3.2 (ANSSI, 2022)');
  const none = await fr.page.$eval('[data-testid="control-regulation"]', (s) => s.options[0].textContent);
  assert.equal(none, 'Aucune');
  assert.deepEqual(await allProblems(), []);
  assert.deepEqual(await fr.allProblems(), []);
  await fr.page.close();
});

test('a hostile preset in a link is refused in the reader\'s language and changes nothing', async () => {
  for (const [lang, message] of [['en', /organisation\.regulation.*Gdpr|Gdpr.*organisation\.regulation/], ['fr', /organisation\.regulation.*« Gdpr »|« Gdpr ».*organisation\.regulation/]]) {
    const { page, allProblems } = await open(env, `#${encode({ p: 'MidSizeCompany', or: 'Gdpr' }, lang)}`);
    await page.waitForSelector('[data-testid="notice"]');
    assert.match(await page.textContent('[data-testid="notice"]'), message);
    assert.equal((await qualification(page)).regulation, 'none');
    assert.deepEqual(await allProblems(), []);
    await page.close();
  }
});

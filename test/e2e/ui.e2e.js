'use strict';
// UI tests through the real workbench DOM, as a person would use it: Problems panel, hover, Ctrl+., sidebar,
// command palette. Screenshots for the docs go to SHOT_DIR (docs/images). Bounded waits only (guide rules 1–10).
const assert = require('assert');
const path = require('path');
const { T } = require('./codeServer');

const SHOT_DIR = process.env.SHOT_DIR;
const SQUIGGLE = '.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info';

/** Repeat a gesture only while its result is not there, within a bound; log repeats (guide rule 3). */
async function until(page, act, check, { total = T(30000), each = T(5000), what }) {
  for (let n = 1, end = Date.now() + total; Date.now() < end; n++) {
    await act();
    try {
      await page.waitForFunction(check, null, { timeout: each });
      if (n > 1) console.log(`      ${what}: ${n} tries`);
      return;
    } catch { /* try again */ }
  }
  throw new Error(`not reached in ${total} ms: ${what}`);
}

const notaShown = () => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.replace(/\s/g, ' ').includes('De gemeente neemt de regie'));

async function shot(page, name, opts = {}) {
  if (SHOT_DIR) await page.screenshot({ path: path.join(SHOT_DIR, name), ...opts });
}

describe('UI (real workbench in Chromium)', function () {
  this.timeout(T(120000));
  let page;
  let t0;

  before(async function () {
    this.timeout(T(240000));
    const cs = global.cs;
    const dev = process.env.EXT_VSIX ? undefined : { extensionDevelopmentPath: process.env.EXT_DIR };
    page = await cs.openWorkbench(cs.workbenchUrl(dev), { shotDir: SHOT_DIR && path.join(SHOT_DIR, '..') });
    try {
      // Click the file only while its text is not shown yet (a click during the explorer's first render can be lost).
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'nota.md' });
      await until(page, async () => { if (!(await page.evaluate(notaShown))) await row.click(); }, notaShown,
        { what: 'nota.md open in the editor', total: T(60000), each: T(10000) });
      await page.locator(SQUIGGLE).first().waitFor({ state: 'attached', timeout: T(60000) });
    } catch (e) {
      await page.screenshot({ path: path.join(require('os').tmpdir(), `rc-e2e-before-failed-${Date.now()}.png`) }).catch(() => {});
      throw e;
    }
  });
  beforeEach(async () => {
    t0 = Date.now();
    await page.keyboard.press('Escape');   // keys go to the editor, not a leftover widget (guide rule 7)
  });
  afterEach(async function () {
    console.log(`      (${this.currentTest.title}: ${Date.now() - t0} ms)`);
    if (this.currentTest.state === 'failed' && page) await page.screenshot({ path: path.join(require('os').tmpdir(), `rc-e2e-failed-${Date.now()}.png`) }).catch(() => {});
  });
  after(async () => { if (page) await page.close(); });

  it('the Problems panel lists the findings with rule ids', async () => {
    const panelVisible = () => !!document.querySelector('.markers-panel .monaco-list-row');
    await until(page, async () => { if (!(await page.evaluate(panelVisible))) await page.keyboard.press('Control+Shift+M'); }, panelVisible, { what: 'Problems panel' });
    const hol = page.locator('.markers-panel .monaco-list-row', { hasText: 'regie/hol' });
    await hol.first().waitFor({ timeout: T(20000) });
    assert.strictEqual(await hol.count(), 1, 'exactly one regie/hol finding in nota.md');
    const text = await hol.innerText();
    assert.match(text, /Regiecheck/);
    assert.match(text, /regie/);
    for (const rule of ['taal/voorbehoud', 'geld/vaag']) {
      assert.ok(await page.locator('.markers-panel .monaco-list-row', { hasText: rule }).count() >= 1, `${rule} missing in Problems`);
    }
    await shot(page, 'problems.png');
  });

  it('hovering a squiggle shows the explanation', async () => {
    await page.locator('.monaco-editor .view-line', { hasText: 'De gemeente neemt de regie' }).click();
    // The squiggle overlay is redrawn when diagnostics refresh after the click: read its box on every try.
    const move = async () => {
      const b = await page.locator(SQUIGGLE).filter({ visible: true }).first().boundingBox().catch(() => null);
      if (!b) return;
      await page.mouse.move(5, 450);
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      await page.mouse.move(b.x + b.width / 2 + 1, b.y + b.height / 2);
    };
    await until(page, move, () => [...document.querySelectorAll('.monaco-hover')].some((h) => /Waarom dit ertoe doet/.test(h.textContent)
      && /Regiecheck/.test(h.textContent)), { what: 'hover with explanation', total: T(40000), each: T(8000) });
    const hover = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((h) => h.textContent).join(' '));
    assert.match(hover, /Uitleg van de regel/);
    assert.match(hover, /In het boek/);
    await shot(page, 'hover.png');
    await page.mouse.move(5, 450);
  });

  it('Ctrl+. offers the quick fixes', async () => {
    const b = await page.locator(SQUIGGLE).filter({ visible: true }).first().boundingBox();
    await page.mouse.click(b.x + 2, b.y + b.height / 2);
    // Wait for the light bulb before Ctrl+. (the automatic request would cancel ours; guide rule 1).
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .lightBulbWidget')].some((e) => e.offsetParent !== null), null, { timeout: T(20000) });
    const menu = () => [...document.querySelectorAll('.action-widget .monaco-list-row')].some((r) => /uitzetten voor deze alinea/.test(r.textContent));
    await until(page, async () => { if (!(await page.evaluate(menu))) await page.keyboard.press('Control+.'); }, menu, { what: 'quick-fix menu' });
    const rows = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
    for (const want of [/uitzetten voor deze alinea/, /uitzetten voor het hele document/, /Deze bevinding verbergen/, /Uitleg van .* tonen/]) {
      assert.ok(rows.some((r) => want.test(r)), `${want} not in ${JSON.stringify(rows)}`);
    }
    await shot(page, 'quickfix.png');
    await page.keyboard.press('Escape');
  });

  it('the sidebar shows the four key scores', async () => {
    await page.locator('.activitybar .action-label[aria-label^="Regiecheck"]').click();
    const inner = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await inner.locator('#scores li').first().waitFor({ timeout: T(30000) });
    const scores = inner.locator('#scores li');
    assert.strictEqual(await scores.count(), 4);
    const values = await inner.locator('#scores .score-value').allInnerTexts();
    assert.strictEqual(values.length, 4);
    for (const v of values) assert.ok(/^\d{1,3}$/.test(v) && Number(v) <= 100, `score ${v}`);
    assert.strictEqual(await inner.locator('svg.chart .bar').count(), 4);
    assert.match(await inner.locator('h1').first().innerText(), /nota\.md/);
    assert.ok(await inner.locator('#rules li[data-rule="regie/hol"]').count() === 1);
    await shot(page, 'sidebar.png');
    // Evidence is a button: activating it selects the span in the editor (the status bar shows a selection).
    const evidence = inner.locator('.evidence-link').first();
    if (await evidence.count()) {
      await evidence.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /\(\d+ selected\)/.test(document.querySelector('#status\\.editor\\.selection')?.textContent || ''), null, { timeout: T(15000) });
    }
  });

  it('a palette command runs (Show rule documentation → regie/hol)', async () => {
    const input = page.locator('.quick-input-widget input');
    await until(page, async () => { if (!(await input.isVisible())) await page.keyboard.press('F1'); },
      () => { const w = document.querySelector('.quick-input-widget'); return !!w && w.offsetParent !== null; }, { what: 'command palette' });
    await input.fill('>Regiecheck: Show rule documentation');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show rule documentation' }).first().click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'regie/hol' }).first().click();
    await page.locator('.tabs-container .tab', { hasText: 'regie-hol' }).first().waitFor({ timeout: T(20000) });
  });

  for (const name of ['convenant.docx', 'convenant.pdf']) {
    it(`double-clicking ${name} opens its text with squiggles`, async () => {
      await page.keyboard.press('Escape');
      // The activity-bar entry is a toggle: press it only while the Explorer is hidden (guide rule 3).
      const explorerShown = () => { const v = document.querySelector('.explorer-folders-view'); return !!v && v.offsetParent !== null; };
      await until(page, async () => { if (!(await page.evaluate(explorerShown))) await page.locator('.activitybar .action-label[aria-label^="Explorer"]').click(); },
        explorerShown, { what: 'Explorer view' });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).dblclick();
      await page.locator('.tabs-container .tab.active', { hasText: `${name}.md` }).waitFor({ timeout: T(30000) });
      const editor = page.locator('.editor-group-container.active .monaco-editor');
      await editor.locator('.view-line', { hasText: 'De provincie neemt de regie' }).waitFor({ timeout: T(30000) });
      await editor.locator('.squiggly-warning, .squiggly-error, .squiggly-info').filter({ visible: true }).first().waitFor({ timeout: T(30000) });
    });
  }

  it('nothing tried to leave the machine', () => {
    assert.deepStrictEqual(global.cs.blocked, []);
  });
});

/**
 * Comparing two drafts (src/compare, `regiecheck compare`): golden output for two drafts of the example convenant
 * (test/fixtures/compare/convenant-valpreventie-concept.md, an earlier draft, against examples/convenant-valpreventie.md),
 * fingerprint matching (moved text is not new, a reworded sentence keeps its finding), the exit code for new
 * findings only, mixed formats, and the CLI entry. `UPDATE_GOLDEN=1` rewrites the golden files.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core';
import { compareDrafts, compareExitCode, fingerprint, sentenceAround, type Draft } from '../../src/compare';
import { renderComparison, COMPARE_FORMATS } from '../../src/compare/render';
import { runCompareCli } from '../../src/cli/compare';
import { markdownToDocx } from '../fixtures/review';

const ROOT = path.resolve(__dirname, '../..');
const OLD = 'test/fixtures/compare/convenant-valpreventie-concept.md';
const NEW = 'examples/convenant-valpreventie.md';
const GOLDEN = path.join(ROOT, 'test/golden/compare');

const draft = (file: string, text = fs.readFileSync(path.join(ROOT, file), 'utf8')): Draft =>
  ({ file, text, result: analyze(text, { file, format: file.endsWith('.txt') ? 'plaintext' : 'markdown' }) });

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`);
}

describe('compare: two drafts of the example convenant', () => {
  const c = compareDrafts(draft(OLD), draft(NEW));

  it('scores per key before and after', () => {
    assert.deepEqual(c.keys.map((k) => k.key), ['K1', 'K2', 'K3', 'K4']);
    const k3 = c.keys.find((k) => k.key === 'K3')!;
    assert.ok(k3.after > k3.before, 'money was added: K3 goes up');
    const k2 = c.keys.find((k) => k.key === 'K2')!;
    assert.ok(k2.after < k2.before, 'the explicit answerability line was dropped: K2 goes down');
  });

  // The new draft drops "de stuurgroep is aanspreekbaar op het resultaat", but its project leader still reports to the
  // steering group by a set date, which the checklist reads as answerability: no item is lost between these two.
  // Dropping the reporting line as well loses it (the third draft below).
  const NEW_TEXT = fs.readFileSync(path.join(ROOT, NEW), 'utf8');
  const withoutReport = compareDrafts(draft(NEW), draft(NEW, NEW_TEXT.replace(/De projectleider rapporteert[^.]*\.\s*/, '')));

  it('items newly met and lost, each with evidence from both drafts', () => {
    assert.deepEqual(c.itemsGained.map((i) => i.id), ['K1.afbakening', 'K3.geld']);
    assert.deepEqual(c.itemsLost.map((i) => i.id), []);
    const geld = c.itemsGained.find((i) => i.id === 'K3.geld')!;
    assert.equal(geld.before.met, false);
    assert.match(geld.after.evidence[0].text, /€ 480\.000/);
    assert.deepEqual(withoutReport.itemsLost.map((i) => i.id), ['K2.aanspreekbaar']);
    const lost = withoutReport.itemsLost[0];
    assert.match(lost.before.evidence[0].text, /rapporteert/);
    assert.equal(lost.after.met, false);
  });

  it('findings resolved, new and still open; the moved article\'s finding is open, not new', () => {
    assert.deepEqual(c.findings.resolved.map((f) => f.rule).sort(), ['eigenaar/passief', 'geld/ontbreekt', 'geld/vaag']);
    assert.deepEqual(c.findings.added, []);
    assert.equal(c.findings.open.length, 1);
    const open = c.findings.open[0];
    assert.equal(open.after.rule, 'eigenaar/passief');
    assert.equal(open.moved, true);
    assert.notEqual(open.before.line, open.after.line);
  });

  it('the phase questions the new draft answers', () => {
    assert.equal(c.phase, 'contracteren');
    assert.deepEqual(c.questionsAnswered.map((q) => q.id), ['contracteren.zwitsers']);
    assert.deepEqual(c.questionsReopened.map((q) => q.id), []);
    assert.deepEqual(withoutReport.questionsReopened.map((q) => q.id), ['contracteren.contract']);
  });

  // The golden files render frozen analyses (*.result.json, written with UPDATE_GOLDEN=1), as the report goldens do:
  // a rule change elsewhere does not shift the layout under test; the assertions above run on the live analysis.
  const frozen = (name: string, d: Draft): Draft => {
    const file = path.join(GOLDEN, `${name}.result.json`);
    if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(d.result, null, 2)}\n`);
    }
    return { ...d, result: JSON.parse(fs.readFileSync(file, 'utf8')) };
  };
  for (const format of COMPARE_FORMATS) {
    it(`golden output: ${format}`, () => {
      const ext = { text: 'txt', json: 'json', markdown: 'md', html: 'html' }[format];
      const fc = compareDrafts(frozen('concept', draft(OLD)), frozen('example', draft(NEW)));
      golden(`convenant-valpreventie.${ext}`, renderComparison(fc, format, 'nl', { nonce: 'golden' }));
    });
  }

  it('English output', () => {
    const text = renderComparison(c, 'text', 'en');
    assert.match(text, /Regiecheck: two drafts compared/);
    assert.match(text, /Checklist items now met \(2\)/);
    assert.match(text, /3 resolved, 0 new, 1 still open/);
  });

  it('HTML: the report\'s look (its stylesheet and CSP) with the comparison\'s own rules, and document text escaped', () => {
    const hostile = draft('x.md', '# <script>alert(1)</script>\n\nDe gemeente neemt de regie. Dit gebeurt binnen bestaande middelen <img src=x onerror=alert(1)>.\n');
    const html = renderComparison(compareDrafts(draft(OLD), hostile), 'html', 'nl');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /\.regiecheck-report\{max-width/);
    assert.match(html, /\.delta-up\{/);
    assert.ok(!/<script>alert|<img src=x/.test(html));
  });
});

describe('compare: fingerprints', () => {
  const base = [
    '# Convenant Jeugd',
    '',
    'Partijen komen het volgende overeen.',
    '',
    'De gemeente neemt de regie over het jongerenwerk.',
    '',
    'De kosten vallen binnen bestaande middelen van het programma.',
    '',
    'Er wordt gezorgd voor een sluitende aanpak.',
    '',
  ].join('\n');

  it('moved paragraphs: nothing new, nothing resolved, all open, the moved ones marked', () => {
    const moved = base.replace('De kosten vallen binnen bestaande middelen van het programma.\n\nEr wordt gezorgd voor een sluitende aanpak.', 'Er wordt gezorgd voor een sluitende aanpak.\n\nDe kosten vallen binnen bestaande middelen van het programma.');
    assert.notEqual(moved, base);
    const c = compareDrafts(draft('a.md', base), draft('b.md', moved));
    assert.deepEqual(c.findings.added.map((f) => f.rule), []);
    assert.deepEqual(c.findings.resolved.map((f) => f.rule), []);
    assert.equal(c.findings.open.length, draft('a.md', base).result.findings.length);
    assert.ok(c.findings.open.every((o) => !o.edited));
    assert.ok(c.findings.open.find((o) => o.after.rule === 'geld/vaag')?.moved, 'the money sentence moved');
    // Findings in the paragraph that stayed put are open and not marked as moved.
    const stayed = base.split('\n').indexOf('De gemeente neemt de regie over het jongerenwerk.') + 1;
    const still = c.findings.open.filter((o) => o.after.line === stayed);
    assert.ok(still.length > 0 && still.every((o) => !o.moved), 'the regie paragraph did not move');
  });

  it('rewrapped, re-cased or re-marked text keeps its fingerprint', () => {
    const f = (text: string) => fingerprint(analyze(text, { file: 'x', format: 'markdown' }).findings.find((x) => x.rule === 'geld/vaag')!, text).key;
    assert.equal(f('De kosten vallen **binnen bestaande middelen** van het programma.'), f('De kosten vallen binnen bestaande middelen\nvan het programma.'.replace('\n', ' ')));
    assert.equal(f('- De kosten vallen binnen bestaande middelen van het programma.'), f('De kosten vallen binnen bestaande middelen van het programma.'));
  });

  it('a reworded sentence with the same flagged words is still open (edited); other words make it new', () => {
    const edited = base.replace('De kosten vallen binnen bestaande middelen van het programma.', 'De kosten van het programma vallen binnen bestaande middelen van het programma.');
    const c = compareDrafts(draft('a.md', base), draft('b.md', edited));
    const money = c.findings.open.find((o) => o.after.rule === 'geld/vaag')!;
    assert.ok(money && money.edited);
    const other = base.replace('De kosten vallen binnen bestaande middelen van het programma.', 'Voor het buurthuis volgt de dekking binnen bestaande middelen later.');
    const c2 = compareDrafts(draft('a.md', base), draft('b.md', other));
    assert.equal(c2.findings.added.filter((f) => f.rule === 'geld/vaag').length, 1);
    assert.equal(c2.findings.resolved.filter((f) => f.rule === 'geld/vaag').length, 1);
  });

  it('sentenceAround stops at sentence ends and line breaks', () => {
    const t = 'Eerste zin. De kosten vallen binnen bestaande middelen. Derde zin.\nVolgende regel.';
    const at = t.indexOf('binnen');
    assert.equal(sentenceAround(t, at, at + 6), 'De kosten vallen binnen bestaande middelen.');
  });

  it('exit code: only new findings count', () => {
    const better = compareDrafts(draft(OLD), draft(NEW));
    const worse = compareDrafts(draft(NEW), draft(OLD));
    assert.equal(compareExitCode(better, 'warning'), 0, 'open findings do not fail');
    assert.equal(compareExitCode(worse, 'warning'), 1);
    assert.equal(compareExitCode(worse, 'error'), 0);
    assert.equal(compareExitCode(worse, 'none'), 0);
  });
});

describe('compare: mixed formats and the CLI entry', function () {
  this.timeout(30000);
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-compare-'));
    fs.writeFileSync(path.join(dir, 'oud.docx'), await markdownToDocx(fs.readFileSync(path.join(ROOT, OLD), 'utf8')));
    fs.copyFileSync(path.join(ROOT, NEW), path.join(dir, 'nieuw.md'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = async (inputs: string[], extra: Partial<Parameters<typeof runCompareCli>[0]> = {}) => {
    let out = '', err = '';
    const code = await runCompareCli({ inputs, format: 'text', cwd: dir, locale: 'nl', failOn: 'error', quiet: true, ...extra },
      { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
    return { code, out, err };
  };

  it('a .docx against a .md: the same changes as between the two Markdown drafts', async () => {
    const { code, out } = await run(['oud.docx', 'nieuw.md'], { format: 'json' });
    assert.equal(code, 0);
    const j = JSON.parse(out);
    assert.equal(j.before.file, 'oud.docx');
    assert.deepEqual(j.checklist.gained.map((i: { id: string }) => i.id), ['K1.afbakening', 'K3.geld']);
    assert.deepEqual(j.checklist.lost.map((i: { id: string }) => i.id), []);
    assert.deepEqual(j.findings.new, []);
    assert.equal(j.findings.open.length, 1);
    assert.equal(j.findings.open[0].after.rule, 'eigenaar/passief');
  });

  it('--fail-on counts new findings only; --output writes the file', async () => {
    assert.equal((await run(['oud.docx', 'nieuw.md'], { failOn: 'warning' })).code, 0);
    const worse = await run(['nieuw.md', 'oud.docx'], { failOn: 'warning', format: 'markdown', output: 'vergelijking.md' });
    assert.equal(worse.code, 1);
    assert.equal(worse.out, '');
    assert.match(fs.readFileSync(path.join(dir, 'vergelijking.md'), 'utf8'), /^# Regiecheck: twee versies vergeleken/);
  });

  it('errors: a missing file (exit 2, named), a wrong format, a wrong number of files', async () => {
    const missing = await run(['oud.docx', 'weg.md']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /weg\.md: het bestand bestaat niet/);
    const sarif = await run(['oud.docx', 'nieuw.md'], { format: 'sarif' });
    assert.equal(sarif.code, 2);
    assert.match(sarif.err, /onbekend formaat "sarif"; kies text, json, markdown, html/);
    const one = await run(['oud.docx']);
    assert.equal(one.code, 2);
    assert.match(one.err, /precies twee bestanden/);
  });
});

/**
 * Golden snapshots of the reports (src/report): the Markdown and HTML report of one Dutch example convenant and
 * the folder summary of two documents plus one that was not analysed. The inputs are frozen analysis results
 * (`test/golden/*.result.json`) so a rule or scoring change elsewhere does not move the layout under review;
 * `UPDATE_GOLDEN=1 npm run test:unit` re-analyses the example texts, rewrites the frozen results and all report
 * snapshots. Otherwise any difference fails, with the first differing line in the message.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type AnalysisResult } from '../../src/core/index';
import { renderDocumentReport, renderFolderReport, scoreChartSvg } from '../../src/report/index';

const ROOT = path.join(__dirname, '../..');
const GOLDEN = path.join(ROOT, 'test/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const EXAMPLES = ['convenant-wijkaanpak.md', 'nota-verkenning-jeugd.md'];

function frozenResult(name: string): { text: string; result: AnalysisResult } {
  const text = fs.readFileSync(path.join(GOLDEN, name), 'utf8');
  const frozen = path.join(GOLDEN, name.replace(/\.md$/, '.result.json'));
  if (UPDATE) fs.writeFileSync(frozen, `${JSON.stringify(analyze(text, { file: `test/golden/${name}` }), null, 2)}\n`);
  return { text, result: JSON.parse(fs.readFileSync(frozen, 'utf8')) as AnalysisResult };
}

/** Compares with the golden file (or rewrites it under UPDATE_GOLDEN=1). */
export function matchGolden(file: string, actual: string): void {
  const golden = path.join(GOLDEN, file);
  if (UPDATE) { fs.writeFileSync(golden, actual); return; }
  assert.ok(fs.existsSync(golden), `${file} is missing: run UPDATE_GOLDEN=1 npm run test:unit and review the new file`);
  const expected = fs.readFileSync(golden, 'utf8');
  if (actual === expected) return;
  const a = actual.split('\n'), e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  assert.fail(`${file} differs from the golden snapshot at line ${i + 1}:\n  expected: ${e[i] ?? '<end>'}\n  actual:   ${a[i] ?? '<end>'}\n` +
    'If the change is intended, run UPDATE_GOLDEN=1 npm run test:unit and review the diff.');
}

/**
 * The Markdown chart is a base64 SVG image: an opaque line in a diff. Each one is decoded, checked against the
 * chart drawn from the same scores, and replaced by a readable placeholder; the chart itself has its own
 * readable golden (scores-chart.svg).
 */
function readableCharts(md: string, results: AnalysisResult[]): string {
  let i = 0;
  return md.replace(/\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/g, (_, b64: string) => {
    const judged = results.filter((r) => r.notices.length === 0);
    const r = judged[i++];
    assert.ok(r, 'more charts than analysed documents');
    assert.equal(Buffer.from(b64, 'base64').toString('utf8'), scoreChartSvg(r.scores, 'nl', true), `chart ${i} is not the chart of ${r.file}`);
    return `(data:image/svg+xml;base64,… chart K1 ${r.scores.K1} · K2 ${r.scores.K2} · K3 ${r.scores.K3} · K4 ${r.scores.K4} …)`;
  });
}

describe('report golden snapshots', () => {
  const wijk = frozenResult('convenant-wijkaanpak.md');
  const nota = frozenResult('nota-verkenning-jeugd.md');
  const notDutch: AnalysisResult = {
    ...wijk.result, file: 'test/golden/english-memo.md', words: 42, findings: [], regie: [],
    language: { dutch: false, confidence: 0.1 },
    notices: [{ id: 'not-dutch', message: 'Deze tekst lijkt niet Nederlands; Regiecheck beoordeelt alleen Nederlandse beleidsteksten en toont daarom geen bevindingen.' }],
  };

  it('document report, Markdown', () => {
    const md = renderDocumentReport(wijk.result, { format: 'markdown', sourceText: wijk.text });
    matchGolden('convenant-wijkaanpak.report.md', readableCharts(md, [wijk.result]));
  });

  it('score chart (standalone SVG, as embedded in Markdown)', () => {
    matchGolden('scores-chart.svg', `${scoreChartSvg(wijk.result.scores, 'nl', true).replace(/></g, '>\n<')}\n`);
  });

  it('document report, HTML', () => {
    matchGolden('convenant-wijkaanpak.report.html', renderDocumentReport(wijk.result, { format: 'html', sourceText: wijk.text }));
  });

  it('folder report, Markdown (summary and per-document sections)', () => {
    const texts = new Map([[wijk.result.file, wijk.text], [nota.result.file, nota.text]]);
    const md = renderFolderReport([wijk.result, nota.result, notDutch], { format: 'markdown', details: true, sourceTexts: texts });
    matchGolden('folder.report.md', readableCharts(md, [wijk.result, nota.result, notDutch]));
  });

  it('folder report, HTML (sortable table)', () => {
    matchGolden('folder.report.html', renderFolderReport([wijk.result, nota.result, notDutch], { format: 'html' }));
  });

  it('the example texts are the ones frozen (re-run UPDATE_GOLDEN=1 after editing them)', () => {
    for (const name of EXAMPLES) {
      const { text, result } = frozenResult(name);
      assert.equal(result.file, `test/golden/${name}`);
      assert.ok(result.findings.length > 0 && result.words > 0);
      for (const f of result.findings) {
        assert.equal(text.slice(0, f.start).split('\n').length, f.line, `${name}: ${f.rule} at offset ${f.start} is not on line ${f.line}`);
      }
    }
  });
});

/**
 * Guards the rule of the evaluation set: its texts are for measuring only. No source file, fixture or doc of ours
 * may share a run of wording with ../shared/eval/corpus beyond a stock phrase: a file that shares three or more
 * distinct 7-word sequences with the corpus fails. (Legal boilerplate such as "dit besluit treedt in werking met
 * ingang van" is one phrase, two 7-grams.) Stock formulas of Dutch public administration — enactment, the
 * names of governing bodies, publication — are no one's wording: a 7-gram that lies inside one of STOCK does not
 * count, so a fixture may use them (widened on 2026-12-05, when the corpus grew and a fixture's decree formulas
 * began to count). Everything else still does.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '../..');
const CORPUS = path.join(ROOT, '../shared/eval/corpus');
const words = (t: string): string[] => t.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
const STOCK = [
  'dit besluit treedt in werking met ingang van de dag na de datum van uitgifte van het gemeenteblad waarin het wordt geplaatst',
  'dit besluit treedt in werking met ingang van de dag na de datum van uitgifte van de staatscourant waarin het wordt geplaatst',
  'deze regeling treedt in werking met ingang van de dag na de datum van uitgifte van de staatscourant waarin zij wordt geplaatst',
  'het college van burgemeester en wethouders van de gemeente',
  'de raad van de gemeente gelezen het voorstel van burgemeester en wethouders',
  'gedeputeerde staten van de provincie',
  'de minister van binnenlandse zaken en koninkrijksrelaties',
  'dit besluit wordt met de toelichting in de staatscourant geplaatst',
  'aldus vastgesteld in de openbare vergadering van',
].map((p) => ` ${p} `);
const isStock = (gram: string): boolean => STOCK.some((p) => p.includes(` ${gram} `));
const SKIP = new Set(['node_modules', '.git', 'dist', 'scratch', 'bench', 'golden', 'images']);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP.has(e.name) || e.name.startsWith('.') ? [] : walk(path.join(dir, e.name));
    return /\.(ts|js|md|txt|json)$/.test(e.name) && e.name !== 'package-lock.json' ? [path.join(dir, e.name)] : [];
  });
}

describe('evaluation texts stay out of the product', () => {
  it('no file shares more than a stock phrase with the evaluation corpus', function () {
    if (!fs.existsSync(CORPUS)) this.skip();
    const grams = new Set<string>();
    for (const f of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')) {
      const w = words(fs.readFileSync(path.join(CORPUS, f), 'utf8'));
      for (let i = 0; i + 7 <= w.length; i++) grams.add(w.slice(i, i + 7).join(' '));
    }
    const leaks: string[] = [];
    for (const file of walk(ROOT)) {
      if (file.endsWith('docs/accuracy.md')) continue; // discusses label disagreements by line and quote, by design
      const w = words(fs.readFileSync(file, 'utf8'));
      const shared = new Set<string>();
      for (let i = 0; i + 7 <= w.length; i++) { const g = w.slice(i, i + 7).join(' '); if (grams.has(g) && !isStock(g)) shared.add(g); }
      if (shared.size >= 3) leaks.push(`${path.relative(ROOT, file)}: ${[...shared].slice(0, 3).join(' | ')}`);
    }
    assert.deepEqual(leaks, []);
  });
});

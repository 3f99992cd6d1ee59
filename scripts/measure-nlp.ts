/**
 * Measures whether wink-nlp or natural helps Regiecheck's Dutch text engine (design card: use each only where a
 * measurement shows it helps). Run: `npx tsx scripts/measure-nlp.ts`. Test texts are our own (invented) Dutch
 * sentences; figures go into docs/architecture.md.
 */
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseBlocks } from '../src/core/text/blocks';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokens';
import { readClauses } from '../src/core/read/clause';

// (a) Sentence splitting: gold units, one per line; the document joins them as a writer would.
const GOLD = [
  '## 2. Aanpak en financiering',
  'De stuurgroep komt o.a. in maart bijeen.',
  'Zij bestaat uit de wethouders van Brakeldorp en Lindewaard, de directeur van de GGD e.a.',
  'Contactpersoon is mr. drs. K. de Wit.',
  'Zie art. 4 lid 2 en bijlage nr. 3 voor de details.',
  'Het Rijk stelt t/m 2027 jaarlijks 2 mln. beschikbaar.',
  'De rapportage volgt z.s.m.',
  'Het college informeert de raad daarna.',
  'Is dat genoeg?',
  'Nee.',
  'De kosten (d.w.z. personeel, huisvesting e.d.) worden gedeeld.',
  'Partijen spreken af:',
  'de gemeente levert een projectleider;',
  'de corporatie stelt twee woningen beschikbaar.',
  'Volgens prof. dr. H.J. Smit is dit een logische keuze.',
  'De evaluatie volgt in 2028.',
  'Meer informatie staat op www.brakeldorp.nl/aanpak.',
  'De bijdrage bedraagt ca. 12% van het totaal.',
  'Tot slot',
  'Wij danken alle partners voor hun inzet.',
];
const DOC = [
  GOLD[0], '', `${GOLD.slice(1, 11).join(' ')}`, '', `${GOLD[11]}`, `- ${GOLD[12]}`, `- ${GOLD[13]}`, '', GOLD.slice(14, 18).join(' '), '', GOLD[18], '', GOLD[19], '',
].join('\n');

const norm = (s: string): string => s.replace(/^[-#\s]+/, '').replace(/\s+/g, ' ').trim();
function score(units: string[]): { exact: number; of: number } {
  const got = new Set(units.map(norm).filter(Boolean));
  return { exact: GOLD.map(norm).filter((g) => got.has(g)).length, of: GOLD.length };
}

function ours(): string[] {
  const p = parseBlocks(DOC, 'markdown');
  return p.blocks.flatMap((b) => splitSentences(p.masked, b.start, b.end).map((s) => p.masked.slice(s.start, s.end)));
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const winkNLP = require('wink-nlp'); const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
function wink(): string[] { return nlp.readDoc(DOC).sentences().out(); }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer');
function natural(): string[] {
  const t = new SentenceTokenizer(['o.a', 'e.a', 'mr', 'drs', 'art', 'nr', 'z.s.m', 'd.w.z', 'e.d', 'prof', 'dr', 'ca', 'mln', 't/m']);
  return t.tokenize(DOC);
}

// (b) Tokens: each item must come out as exactly one token.
const TOKEN_CHECKS = ["auto's", "'s-Hertogenbosch", 'Wmo-voorzieningen', '€', '450.000,-', '2,4', 'o.a.', 'd.w.z.', 'z.s.m.', 'p.m.', 't/m', 'art.', 'coördinatie', 'vóór', 'www.brakeldorp.nl/aanpak', 'Súdwest-Fryslân'];
const TOKEN_TEXT = "Zo'n auto's in 's-Hertogenbosch, Wmo-voorzieningen en € 450.000,- of 2,4 mln, o.a. d.w.z. z.s.m. p.m. t/m art. 5, coördinatie vóór 1 mei, www.brakeldorp.nl/aanpak en Súdwest-Fryslân.";
const tokOurs = tokenize(TOKEN_TEXT).map((t) => t.text);
const tokWink: string[] = nlp.readDoc(TOKEN_TEXT).tokens().out();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AggressiveTokenizerNl = require('natural/lib/natural/tokenizers/aggressive_tokenizer_nl');
const tokNatural: string[] = new AggressiveTokenizerNl().tokenize(TOKEN_TEXT);
const tokScore = (toks: string[]): number => TOKEN_CHECKS.filter((c) => toks.includes(c)).length;

// (c) Participles: does natural's Dutch stemmer or Brill tagger add anything to our passive heuristic?
const PASSIVES: Array<[string, boolean]> = [
  ['Het plan wordt door de wethouder vastgesteld.', true], ['Er wordt gezorgd voor opvang.', true], ['Dit zal worden opgepakt.', true],
  ['De subsidie wordt jaarlijks verstrekt.', true], ['De regeling wordt uitgevoerd conform het convenant.', true],
  ['De aanvragen worden binnen acht weken beoordeeld.', true], ['De kosten worden gedeeld.', true], ['De inwoners worden betrokken.', true],
  ['De wachtlijsten worden steeds langer.', false], ['Het aantal meldingen is sterk gestegen.', false], ['De gemeente financiert de pilot.', false],
  ['Het college heeft de nota vastgesteld.', false], ['De pilot is in maart gestart.', false], ['Hij wordt directeur van de GGD.', false],
];
let tp = 0, fp = 0, fn = 0;
for (const [s, gold] of PASSIVES) {
  const hit = readClauses(tokenize(s)).some((c) => c.voice !== undefined);
  if (hit && gold) tp++; else if (hit && !gold) fp++; else if (!hit && gold) fn++;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PorterStemmerNl = require('natural/lib/natural/stemmers/porter_stemmer_nl');
const FAMILY = ['financiering', 'financieren', 'gefinancierd', 'financiert', 'regie', 'regisseur', 'regisseren', 'ketenregie', 'uitvoering', 'uitgevoerd', 'uitvoeren'];
const stems = FAMILY.map((w) => `${w}→${PorterStemmerNl.stem(w)}`);

// (d) Bundle cost.
function bundleSize(code: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlp-bundle-'));
  const entry = path.join(dir, 'entry.js');
  fs.writeFileSync(entry, code);
  const out = path.join(dir, 'out.js');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', minify: true, outfile: out, logLevel: 'error' });
  const size = fs.statSync(out).size;
  fs.rmSync(dir, { recursive: true, force: true });
  return size;
}
const root = path.resolve(__dirname, '..');
const sizes = {
  wink: bundleSize(`const w=require(${JSON.stringify(path.join(root, 'node_modules/wink-nlp'))});const m=require(${JSON.stringify(path.join(root, 'node_modules/wink-eng-lite-web-model'))});console.log(w(m).readDoc('x').out());`),
  naturalStemmer: bundleSize(`console.log(require(${JSON.stringify(path.join(root, 'node_modules/natural/lib/natural/stemmers/porter_stemmer_nl'))}).stem('regie'));`),
};

const result = {
  date: new Date().toISOString().slice(0, 10), node: process.version,
  sentences: { ours: score(ours()), wink: score(wink()), natural: score(natural()) },
  tokens: { checks: TOKEN_CHECKS.length, ours: tokScore(tokOurs), wink: tokScore(tokWink), natural: tokScore(tokNatural) },
  passives: { sentences: PASSIVES.length, tp, fp, fn },
  naturalStems: stems,
  bundleBytes: sizes,
};
console.log(JSON.stringify(result, null, 2));
if (process.argv.includes('--misses')) {
  const got = new Set(ours().map(norm));
  console.log('ours missed:', GOLD.filter((g) => !got.has(norm(g))), [...got].filter((g) => !GOLD.map(norm).includes(g)));
}

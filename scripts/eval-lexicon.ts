/**
 * Measures the lexical layer on held-out UD Dutch sentences (docs/lexicon.md).
 *
 *   node scripts/build-lexicon.mjs --train alpino-dev,lassysmall-dev --out /tmp/lexdev/lexicon-data.ts
 *   npx tsx scripts/eval-lexicon.ts /tmp/lexdev/lexicon-data.ts ../shared/data/ud-dutch/nl_alpino-ud-test.conllu …
 *
 * Gold lemmas get the same compound convention as the data (the linking morpheme stays: 'opleidingsploeg').
 */
import * as fs from 'fs';
import { Lexicon } from '../src/core/read/lexicon';

const noList = process.argv.includes('--no-wordlist');
const [dataFile, ...testFiles] = process.argv.slice(2).filter((a) => a !== '--no-wordlist');
const data = /LEXICON_DATA = `([^`]*)`/.exec(fs.readFileSync(dataFile, 'utf8'))![1];
const t0 = performance.now();
const lex = new Lexicon(data);
lex.useWordList = !noList;
const loadMs = performance.now() - t0;

interface Gold { form: string; lemma: string; upos: string; vf?: string; head?: string }
function naturalLemma(form: string, lemma: string, upos: string): string {
  const parts = lemma.split('_');
  if (parts.length < 2) return lemma;
  if (upos === 'VERB' || upos === 'AUX') return form.startsWith(parts[0]) ? parts.join('') : parts[parts.length - 1];
  const head = parts[parts.length - 1];
  const idx = form.lastIndexOf(head.slice(0, Math.min(3, head.length)));
  return idx > 0 ? form.slice(0, idx).replace(/_/g, '') + head : lemma.replace(/_/g, '');
}
const sents: Gold[][] = [];
for (const f of testFiles) {
  let cur: Gold[] = [];
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    if (line === '') { if (cur.length) sents.push(cur); cur = []; continue; }
    const c = line.split('\t');
    if (line.startsWith('#') || !/^\d+$/.test(c[0])) continue;
    const vf = /VerbForm=(\w+)/.exec(c[5])?.[1]?.toLowerCase();
    const head = c[3] === 'NOUN' && c[2].includes('_') ? c[2].toLowerCase().split('_').pop() : undefined;
    cur.push({ form: c[1], lemma: naturalLemma(c[1].toLowerCase(), c[2].toLowerCase(), c[3]), upos: c[3], vf, head });
  }
  if (cur.length) sents.push(cur);
}

const c = { tok: 0, pos: 0, unk: 0, unkPos: 0, lem: 0, lemNoPunct: 0, noPunct: 0, unkLem: 0 };
const fin = { tp: 0, fp: 0, fn: 0 };
const part = { tp: 0, fp: 0, fn: 0 };
const confusion = new Map<string, number>();
const lemErr = new Map<string, number>();
const prf = (m: { tp: number; fp: number; fn: number }): string => {
  const p = m.tp / (m.tp + m.fp);
  const r = m.tp / (m.tp + m.fn);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r)).toFixed(3)}`;
};
for (const s of sents) {
  const tags = lex.tagWords(s.map((g) => g.form));
  s.forEach((g, i) => {
    const t = tags[i];
    c.tok++;
    const okPos = t.pos === g.upos;
    if (okPos) c.pos++; else { const k = `${g.upos}→${t.pos}`; confusion.set(k, (confusion.get(k) ?? 0) + 1); }
    if (t.unknown) { c.unk++; if (okPos) c.unkPos++; if (t.lemma === g.lemma) c.unkLem++; }
    if (t.lemma === g.lemma) c.lem++;
    if (g.upos !== 'PUNCT') {
      c.noPunct++;
      if (t.lemma === g.lemma) c.lemNoPunct++;
      else if (t.unknown) { const k = `${g.upos} ${g.form}→${t.lemma} (gold ${g.lemma})`; lemErr.set(k, (lemErr.get(k) ?? 0) + 1); }
    }
    const gf = g.vf === 'fin', pf = t.verbForm === 'fin';
    if (gf && pf) fin.tp++; else if (pf) fin.fp++; else if (gf) fin.fn++;
    const gp = g.vf === 'part', pp = t.verbForm === 'part';
    if (gp && pp) part.tp++; else if (pp) part.fp++; else if (gp) part.fn++;
  });
}
const pct = (a: number, b: number): string => `${(100 * a / b).toFixed(2)} %`;
console.log(`sentences ${sents.length}, tokens ${c.tok}, unknown ${c.unk} (${pct(c.unk, c.tok)}); load ${loadMs.toFixed(1)} ms`);
console.log(`UPOS accuracy ${pct(c.pos, c.tok)}; on unknown words ${pct(c.unkPos, c.unk)}`);
console.log(`lemma accuracy ${pct(c.lem, c.tok)}; without punctuation ${pct(c.lemNoPunct, c.noPunct)}; on unknown words ${pct(c.unkLem, c.unk)}`);
console.log(`VerbForm=Fin ${prf(fin)}`);
console.log(`VerbForm=Part ${prf(part)}`);
if (process.env.VERBOSE) {
  console.log([...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, n]) => `${n} ${k}`).join('\n'));
  console.log([...lemErr.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, n]) => `${n} ${k}`).join('\n'));
}

// Compound heads: nouns whose gold lemma marks a compound, form not in the training lexicon.
let cmpN = 0, cmpOk = 0;
for (const s of sents) for (const g of s) {
  if (!g.head || /[^\p{L}]/u.test(g.form) || lex.tagWords([g.form])[0].unknown !== true) continue;
  cmpN++;
  if (lex.compoundHead(g.form).head === g.head) cmpOk++;
}
console.log(`compound head on unseen compound nouns ${pct(cmpOk, cmpN)} (${cmpOk}/${cmpN})`);

// Speed: all test sentences, repeated.
const words = sents.map((s) => s.map((g) => g.form));
let n = 0;
const t1 = performance.now();
while (performance.now() - t1 < 2000) for (const w of words) { lex.tagWords(w); n += w.length; }
console.log(`speed ${(n / ((performance.now() - t1) / 1000) / 1e6).toFixed(2)} M tokens/s`);

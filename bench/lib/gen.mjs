// Deterministic Dutch test documents built from the seed texts (../shared/seeds). Same seed → same bytes.
import fs from 'node:fs';
import path from 'node:path';

/**
 * One seeded one-character edit of the incremental bench (inproc.mjs, incprof.mjs, incclass.mjs draw the same sequence
 * from `prng(7)`): a position past any line break, then a letter (an "x" where the letter would not change the text).
 * `null` where the position holds half of a surrogate pair (the edit is skipped; both draws are made).
 */
const EDIT_LETTERS = 'eaointsrdlgkhmvu';
export function drawEdit(rnd, text) {
  let pos = Math.floor(rnd() * text.length);
  while (pos < text.length - 1 && (text[pos] === '\n' || text[pos] === '\r')) pos++;
  let ch = EDIT_LETTERS[Math.floor(rnd() * EDIT_LETTERS.length)];
  if (ch === text[pos]) ch = 'x';
  const code = text.charCodeAt(pos);
  return code >= 0xd800 && code <= 0xdfff ? null : { pos, ch };
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SEED_FILES = ['003_1c29f657cb22ca2e.txt', '002_bf8128d695d7dbf9.txt', '004_25a52e4967efea43.txt', '000_1d23a25dcaa6002f.txt'];

export function seedDir(repo) {
  return path.resolve(repo, '../shared/seeds');
}

/** Sentences and headings from whichever seed files exist; undefined when none does. */
export function loadPool(repo) {
  const sentences = [];
  const headings = [];
  let found = 0;
  for (const f of SEED_FILES) {
    const p = path.join(seedDir(repo), f);
    if (!fs.existsSync(p)) continue;
    found++;
    const text = fs.readFileSync(p, 'utf8').replace(/\r\n?/g, '\n');
    for (const para of text.split(/\n\s*\n/)) {
      const flat = para.replace(/\s+/g, ' ').trim();
      if (!flat || /^(-{3,}|\*\*[^*]*\*\*\s*\d*)$/.test(flat)) continue;
      if (/^#{1,6}\s/.test(flat)) {
        const h = flat.replace(/^#+\s*/, '');
        if (h.length > 2 && h.length < 80) headings.push(h);
        continue;
      }
      if (flat.split(' ').length < 5) continue;
      for (const s of flat.split(/(?<=[.!?])\s+(?=[A-Z"'(‘“])/)) {
        if (s.split(' ').length >= 3) sentences.push(s);
      }
    }
  }
  if (found === 0) return undefined;
  const vocabulary = [...new Set(sentences.flatMap((x) => x.split(' ')).filter((w) => /^[a-zà-ÿ]{4,}$/.test(w)))].sort();
  return { sentences, headings, vocabulary };
}

export function countWords(text) {
  const m = text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/**
 * A document of about `words` words: Markdown-style headings every 6–12 paragraphs, paragraphs of 2–7 sentences
 * sampled from the seeds (each with one word varied), now and then a short bullet list. Deterministic in (words, seed).
 */
export function generateDocument(pool, words, seed) {
  const rnd = prng(seed);
  const pickRaw = (arr) => arr[Math.floor(rnd() * arr.length)];
  // Every sampled sentence gets one lower-case word replaced by a vocabulary word, so sentences rarely repeat:
  // caches keyed by sentence text (which the core has) must not make a generated document look cheaper than a
  // real one.
  const vary = (sentence) => {
    const ws = sentence.split(' ');
    const slots = ws.map((w, i) => (/^[a-zà-ÿ]{4,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
    if (slots.length === 0 || pool.vocabulary.length === 0) return sentence;
    ws[pickRaw(slots)] = pickRaw(pool.vocabulary);
    return ws.join(' ');
  };
  const pick = (arr) => (arr === pool.sentences ? vary(pickRaw(arr)) : pickRaw(arr));
  const out = [];
  let n = 0;
  let untilHeading = 0;
  let section = 0;
  while (n < words) {
    if (untilHeading <= 0) {
      section++;
      const h = `## ${section}. ${pick(pool.headings)}`;
      out.push(h);
      n += countWords(h);
      untilHeading = 6 + Math.floor(rnd() * 7);
    }
    untilHeading--;
    if (rnd() < 0.12) {
      const items = 2 + Math.floor(rnd() * 4);
      const lines = [];
      for (let i = 0; i < items; i++) lines.push(`- ${pick(pool.sentences)}`);
      const block = lines.join('\n');
      out.push(block);
      n += countWords(block);
      continue;
    }
    const k = 2 + Math.floor(rnd() * 6);
    const parts = [];
    for (let i = 0; i < k; i++) parts.push(pick(pool.sentences));
    const para = parts.join(' ');
    out.push(para);
    n += countWords(para);
  }
  return out.join('\n\n') + '\n';
}

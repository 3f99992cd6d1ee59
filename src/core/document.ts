/**
 * The document model: blocks → sentences → tokens, with the recognisers' results per sentence.
 * Sentences are built per block and cached by the Analyzer (key: block kind + block text), so an edit
 * re-analyses only the blocks it touches; cached sentences are re-based to their new offsets.
 */
import type { TextFormat } from './types';
import { parseBlocks, type Block, type Directive } from './text/blocks';
import { splitSentences } from './text/sentences';
import { tokenize, countWords, type Token } from './text/tokens';
import { LineMap } from './text/lineMap';
import { findMoney, type MoneyMention } from './recognize/money';
import { findTimes, type TimeMention } from './recognize/time';
import { findQuantities, type QuantityMention } from './recognize/quantity';
import { findActors, type ActorMention } from './recognize/actors';
import { findPassives, type PassiveMention } from './recognize/passive';

export interface RegieWord { start: number; end: number; word: string; low: string; token: number }

export interface Sentence {
  /** Index in the document's sentence list. */
  index: number;
  block: number;
  start: number;
  end: number;
  /** The masked sentence text (same length as the span). */
  raw: string;
  /** Lowercase of `raw` (same length). */
  low: string;
  tokens: Token[];
  words: number;
  money: MoneyMention[];
  times: TimeMention[];
  quantities: QuantityMention[];
  actors: ActorMention[];
  passives: PassiveMention[];
  regie: RegieWord[];
  /**
   * Per-sentence memo for derived results that depend only on the sentence text (cues, sentence-rule
   * findings). It travels with the sentence through the block cache, so values must not hold absolute
   * offsets: store offsets relative to `start` (see `memoize`).
   */
  memo: Map<string, unknown>;
}

export interface DocModel {
  text: string;
  masked: string;
  format: TextFormat;
  blocks: Block[];
  /** Sentence index range [first, last+1) per block. */
  blockSentences: Array<[number, number]>;
  sentences: Sentence[];
  directives: Directive[];
  lines: LineMap;
  words: number;
}

/** Regie-family words: regie, regierol, regisseren, (proces)regisseur, ketenregie … but not regio/regime/register. */
const REGIE = /regie|regiss|regisse/;
const NOT_REGIE = /^(regio|regime|regist|regiment)/;

export function isRegieWord(low: string): boolean {
  return REGIE.test(low) && !NOT_REGIE.test(low);
}

/** Analyse one sentence span of the masked text. Offsets are absolute. */
export function buildSentence(masked: string, start: number, end: number, block: number): Sentence {
  // Line breaks inside a sentence are soft wraps: make them spaces (same length) so that sentence-level
  // patterns read LF and CRLF texts alike.
  const raw = masked.slice(start, end).replace(/[\r\n\t]/g, ' ');
  const low = raw.toLowerCase();
  const tokens = tokenize(masked, start, end);
  const regie: RegieWord[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && isRegieWord(t.low)) regie.push({ start: t.start, end: t.end, word: t.text, low: t.low, token: i });
  });
  return {
    index: -1, block, start, end, raw, low, tokens, words: countWords(tokens),
    money: findMoney(raw, start),
    times: findTimes(raw, start),
    quantities: findQuantities(raw, start),
    actors: findActors(tokens),
    passives: findPassives(tokens),
    regie,
    memo: new Map(),
  };
}

/** Compute once per sentence text (and key), reuse across analyses while the sentence is unchanged. */
export function memoize<T>(s: Sentence, key: string, compute: () => T): T {
  if (s.memo.has(key)) return s.memo.get(key) as T;
  const v = compute();
  s.memo.set(key, v);
  return v;
}

function shiftSpan<T extends { start: number; end: number }>(s: T, d: number): T {
  return { ...s, start: s.start + d, end: s.end + d };
}

/** Move a cached sentence by `d` characters (after an edit earlier in the document). */
export function rebaseSentence(s: Sentence, d: number, block: number): Sentence {
  if (d === 0 && s.block === block) return s;
  return {
    ...s, block, start: s.start + d, end: s.end + d,
    tokens: s.tokens.map((t) => shiftSpan(t, d)),
    money: s.money.map((x) => shiftSpan(x, d)),
    times: s.times.map((x) => shiftSpan(x, d)),
    quantities: s.quantities.map((x) => shiftSpan(x, d)),
    actors: s.actors.map((x) => shiftSpan(x, d)),
    passives: s.passives.map((p) => ({
      ...shiftSpan(p, d), aux: shiftSpan(p.aux, d), participle: shiftSpan(p.participle, d),
      agent: p.agent ? shiftSpan(p.agent, d) : undefined,
    })),
    regie: s.regie.map((x) => shiftSpan(x, d)),
  };
}

/** Per-block sentence cache shared across analyses of one document (the extension keeps one per editor). */
export class SentenceCache {
  private entries = new Map<string, { start: number; sentences: Sentence[] }>();
  private next = new Map<string, { start: number; sentences: Sentence[] }>();

  get(masked: string, block: Block): Sentence[] {
    const key = `${block.kind}\u0001${masked.slice(block.start, block.end)}`;
    const hit = this.entries.get(key) ?? this.next.get(key);
    let sentences: Sentence[];
    if (hit) {
      const d = block.start - hit.start;
      sentences = hit.sentences.map((s) => rebaseSentence(s, d, block.index));
    } else {
      // A heading is one unit, whatever punctuation it holds ("2. Aanpak", "Artikel 3. Taken").
      const spans = block.kind === 'heading' ? [{ start: block.start, end: block.end }] : splitSentences(masked, block.start, block.end);
      sentences = spans.map((sp) => buildSentence(masked, sp.start, sp.end, block.index));
    }
    this.next.set(key, { start: block.start, sentences });
    return sentences;
  }

  /** Keep only what the last document used: the cache never outgrows one document. */
  commit(): void {
    this.entries = this.next;
    this.next = new Map();
  }
}

export function buildDocument(text: string, format: TextFormat, cache = new SentenceCache()): DocModel {
  const parsed = parseBlocks(text, format);
  const sentences: Sentence[] = [];
  const blockSentences: Array<[number, number]> = [];
  for (const block of parsed.blocks) {
    const first = sentences.length;
    for (const s of cache.get(parsed.masked, block)) {
      sentences.push(s.index === sentences.length ? s : { ...s, index: sentences.length });
    }
    blockSentences.push([first, sentences.length]);
  }
  cache.commit();
  let words = 0;
  for (const s of sentences) words += s.words;
  return {
    text, masked: parsed.masked, format, blocks: parsed.blocks, blockSentences, sentences,
    directives: parsed.directives, lines: new LineMap(text), words,
  };
}

/** The heading that governs a block: the nearest heading block before it. */
export function headingOf(doc: DocModel, blockIndex: number): Block | undefined {
  for (let i = blockIndex - 1; i >= 0; i--) if (doc.blocks[i].kind === 'heading') return doc.blocks[i];
  return undefined;
}

/** Collapse whitespace for quoting. */
export function quote(doc: DocModel, start: number, end: number, max = 240): string {
  const t = doc.masked.slice(start, end).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

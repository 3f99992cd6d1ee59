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
  const hit = s.memo.get(key);
  if (hit !== undefined || s.memo.has(key)) return hit as T;
  const v = compute();
  s.memo.set(key, v);
  return v;
}

function shiftSpan<T extends { start: number; end: number }>(s: T, d: number): T {
  return { ...s, start: s.start + d, end: s.end + d };
}

function shiftAll<T extends { start: number; end: number }>(xs: T[], d: number): T[] {
  return d === 0 ? xs : xs.map((x) => shiftSpan(x, d));
}

/**
 * A cached sentence seen at a new place (after an edit earlier in the document): the built sentence moved by
 * `d` characters. Only the scalar fields are copied; the offset-bearing lists (tokens, mentions, regie words)
 * are shifted on first access, so a moved sentence whose lists nobody reads (its results come from `memo`)
 * costs one small object instead of a copy of every token.
 */
class MovedSentence implements Sentence {
  readonly raw: string;
  readonly low: string;
  readonly words: number;
  readonly memo: Map<string, unknown>;
  readonly start: number;
  readonly end: number;
  private t?: Token[];
  private mo?: MoneyMention[];
  private ti?: TimeMention[];
  private qu?: QuantityMention[];
  private ac?: ActorMention[];
  private pa?: PassiveMention[];
  private re?: RegieWord[];

  constructor(private readonly origin: Sentence, private readonly d: number, public index: number, public block: number) {
    this.raw = origin.raw; this.low = origin.low; this.words = origin.words; this.memo = origin.memo;
    this.start = origin.start + d; this.end = origin.end + d;
  }
  get tokens(): Token[] { return (this.t ??= shiftAll(this.origin.tokens, this.d)); }
  get money(): MoneyMention[] { return (this.mo ??= shiftAll(this.origin.money, this.d)); }
  get times(): TimeMention[] { return (this.ti ??= shiftAll(this.origin.times, this.d)); }
  get quantities(): QuantityMention[] { return (this.qu ??= shiftAll(this.origin.quantities, this.d)); }
  get actors(): ActorMention[] { return (this.ac ??= shiftAll(this.origin.actors, this.d)); }
  get regie(): RegieWord[] { return (this.re ??= shiftAll(this.origin.regie, this.d)); }
  get passives(): PassiveMention[] {
    const d = this.d;
    return (this.pa ??= d === 0 ? this.origin.passives : this.origin.passives.map((p) => ({
      ...shiftSpan(p, d), aux: shiftSpan(p.aux, d), participle: shiftSpan(p.participle, d),
      agent: p.agent ? shiftSpan(p.agent, d) : undefined,
    })));
  }
}

/** A sentence (as built, with absolute offsets) placed `d` characters further, in block `block`, at `index`. */
function placeSentence(origin: Sentence, d: number, block: number, index: number): Sentence {
  if (d === 0 && origin.block === block && origin.index === index) return origin;
  return new MovedSentence(origin, d, index, block);
}

/** Per-block sentence cache shared across analyses of one document (the extension keeps one per editor). */
export class SentenceCache {
  /** Per block text: the sentences as first built (absolute offsets for a block at `start`). */
  private entries = new Map<string, { start: number; sentences: Sentence[] }>();
  private next = new Map<string, { start: number; sentences: Sentence[] }>();

  /** The sentences of a block, placed at the block's offset, indexed from `first`. */
  get(masked: string, block: Block, first: number): Sentence[] {
    const key = `${block.kind}\u0001${masked.slice(block.start, block.end)}`;
    let hit = this.entries.get(key) ?? this.next.get(key);
    if (!hit) {
      // A heading is one unit, whatever punctuation it holds ("2. Aanpak", "Artikel 3. Taken").
      const spans = block.kind === 'heading' ? [{ start: block.start, end: block.end }] : splitSentences(masked, block.start, block.end);
      const built = spans.map((sp, i) => { const s = buildSentence(masked, sp.start, sp.end, block.index); s.index = first + i; return s; });
      hit = { start: block.start, sentences: built };
    }
    this.next.set(key, hit);
    const d = block.start - hit.start;
    const out = new Array<Sentence>(hit.sentences.length);
    for (let i = 0; i < out.length; i++) out[i] = placeSentence(hit.sentences[i], d, block.index, first + i);
    return out;
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
    for (const s of cache.get(parsed.masked, block, first)) sentences.push(s);
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

/** Small helpers shared by the finding rules (no state; all linear in the sentence or document). */
import type { DocModel, Sentence } from '../document';
import { clauseAt, nominalisedAdjective, type Clause } from '../read/clause';
import { ownDoer, tagsOf } from '../read/unit';
import { phraseClass, wordClass } from '../vocab/classes';
import { vocab } from '../vocab';
import { doubleQuoteOpenAfter } from '../text/quotes';

/** Named organisations, organisation nouns and roles: a doer someone can be held to. */
export function specificActors(s: Sentence) {
  return s.actors.filter((a) => a.kind === 'named' || a.kind === 'org' || a.kind === 'role');
}

/** A number that measures something (not a capacity: fte, hours) or an amount of money that is set. */
export function hasAmount(s: Sentence): boolean {
  return s.quantities.some((q) => q.kind !== 'capacity') || s.money.some((m) => !m.open);
}

/** A date, a deadline or a year. */
export function hasFixedTime(s: Sentence): boolean {
  return s.times.some((t) => t.kind === 'deadline' || t.kind === 'date' || t.kind === 'year');
}

/** A dated or numbered sentence: a quantity, a non-open amount, or a date, year, deadline or period. */
export function hasMeasure(s: Sentence): boolean {
  return s.quantities.length > 0 || s.money.some((m) => !m.open) || s.times.some((t) => t.kind !== 'recurrence');
}

/** The span document-level rules report on: the title (first heading) or the first line. */
export function titleSpan(doc: DocModel): { start: number; end: number } | undefined {
  const first = doc.blocks.find((b) => b.kind === 'heading') ?? doc.blocks[0];
  if (!first) return undefined;
  const end = Math.min(first.end, doc.lines.lineEnd(doc.lines.at(first.start).line));
  return { start: first.start, end: Math.max(end, first.start + 1) };
}

/** The regie reading classes of the regie words in [start, end). */
export function regieClassesIn(readings: ReadonlyArray<{ start: number; class: string }>, start: number, end: number): string[] {
  return readings.filter((r) => r.start >= start && r.start < end).map((r) => r.class);
}

/** Insert before the sentence's final punctuation. */
export function sentenceEndInsert(s: Sentence): number {
  let e = s.end;
  while (e > s.start && /[.!?;:\s]/.test(s.raw[e - s.start - 1])) e--;
  return e;
}

/** The token index of the sentence's first word (after a list mark, a number or an opening quote), or -1. */
export function firstWordIndex(s: Sentence): number {
  return s.tokens.findIndex((t) => t.kind === 'word');
}

/**
 * Document offset `at` stands inside a quotation opened earlier in the same sentence: another speaker's words or
 * another text's ("VNG-voorzitter Jansen: “Voor onze inwoners is het belangrijk …", "Doel van het programma is …: 'We
 * streven naar …"). Curly double quotes open and close; a straight double quote toggles; a single quote opens only
 * before a capital after a space, a colon or the start ("'s avonds" and an apostrophe do not), and closes before a
 * non-letter.
 */
export function quotedAt(s: Sentence, at: number): boolean {
  const raw = s.raw, end = Math.min(raw.length, at - s.start);
  if (doubleQuoteOpenAfter(raw.slice(0, end), false)) return true;
  let sgl = false;
  for (let i = 0; i < end; i++) {
    const ch = raw[i];
    if (ch === '‘' || ch === "'") {
      // An opening quote: before a capital; "‘" (never an apostrophe) before any letter; "'" before a word in lower
      // case that a "'" closes further on ("'gebiedsregisseur'"), not the elided "'s", "'t", "'n".
      const opens = (i === 0 || /[\s:(]/.test(raw[i - 1])) && (/\p{Lu}/u.test(raw[i + 1] ?? '') ||
        (ch === '‘' && /\p{L}/u.test(raw[i + 1] ?? '')) || (ch === "'" && /^'\p{Ll}{3,}[^']*'(?!\p{L})/u.test(raw.slice(i))));
      if (!sgl && opens) sgl = true;
      else if (sgl && !/\p{L}/u.test(raw[i + 1] ?? '')) sgl = false;
    } else if (ch === '’' && sgl && !/\p{L}/u.test(raw[i + 1] ?? '')) sgl = false;
  }
  return sgl;
}

/** The index of the first token that starts at or after document offset `at` (a hit's first token), or -1. */
export function tokenAt(s: Sentence, at: number): number {
  return s.tokens.findIndex((t) => t.start >= at);
}

/**
 * Token ti stands in a relative clause that describes a noun ("de uitdagingen die we samen moeten aangaan"): a
 * subordinate clause opened by "die" or "welke" right after a noun or name. What such a clause says describes the
 * noun; the act of the sentence is in its main clause. "Dat" counts after a proper name only. (A clause with
 * "waarin"/"waarbij" sets a scene: "een omgeving waarin de partners elkaar versterken" says how things should work,
 * and is read as before.)
 */
export function inRelativeClause(s: Sentence, clauses: readonly Clause[], ti: number): boolean {
  const c = clauseAt(clauses, ti);
  if (!c || !c.subordinate) return false;
  const first = s.tokens[c.start];
  const pos = tagsOf(s)[c.start - 1]?.pos;
  // "dat" after a proper name ("het Kreekhaven dat we willen zijn"): a name takes no complement clause, so "dat" is
  // relative there; after a common noun it may open one ("het idee dat …") and is left alone.
  if (first?.low === 'dat') return pos === 'PROPN' || (c.start - 1 !== firstWordIndex(s) && /^\p{Lu}\p{Ll}/u.test(s.tokens[c.start - 1]?.text ?? ''));
  if (!first || !/^(die|welke)$/.test(first.low)) return false;
  return pos === 'NOUN' || pos === 'PROPN' || nominalisedAdjective(s.tokens, tagsOf(s), c.start - 1, first.low);
}

const END_STATE = phraseClass('measurableEndState');
const BENCHMARK_BOUND = phraseClass('benchmarkBound');

/**
 * A sentence that sets a dated, measurable target: a date, deadline or year, with a number, a measurable end state or
 * a standard to meet ("voldoen aan de norm"). Used by taal/voorbehoud and doel/vaag for the sentence after an aim.
 */
export function setsTarget(n: Sentence | undefined): boolean {
  if (!n || /\?\s*$/.test(n.raw)) return false;
  if (!n.times.some((t) => t.kind === 'date' || t.kind === 'deadline' || t.kind === 'year')) return false;
  return n.quantities.length > 0 || END_STATE.test(n.low) || BENCHMARK_BOUND.test(n.low) || /(?<![\p{L}])voldo\p{L}*\s+(?:\S+\s+){0,4}?aan|aan\s+(?:de|het)\s+[\p{L}-]*(?:norm|normen|waarde|waarden|eis|eisen)(?![\p{L}])/u.test(n.low);
}

/**
 * The token `ti` stands between an opener of an infinitival adjunct ("door", "om", "zonder"; or those given) and the
 * "te" of its infinitive, in one stretch without a stop ("… aan door gezamenlijk te werken").
 */
export function inInfinitivalAdjunct(s: Sentence, ti: number, openers: readonly string[] = ['door', 'om', 'zonder']): boolean {
  const t = s.tokens, tags = tagsOf(s);
  let open = -1;
  for (let k = ti - 1; k >= 0; k--) {
    // A stop or a finite verb ends the adjunct; a coordinated infinitive ("door te investeren en … op te pakken") does not.
    if (/^[.;:,]$/.test(t[k].text) || (tags[k]?.verbForm === 'fin' && t[k - 1]?.low !== 'te')) return false;
    if (openers.includes(t[k].low)) { open = k; break; }
  }
  if (open < 0) return false;
  for (let k = ti + 1; k < t.length; k++) {
    if (/^[.;:,]$/.test(t[k].text)) return false;
    if (t[k].low === 'te' && tags[k + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/** Words that open an indirect question ("welke effecten we willen bereiken", "hoe we onze doelen halen"). */
const QUESTION_OPENER = /^(welke|welk|wat|hoe|waarom|wie|waar|wanneer|of|hoeveel|in hoeverre)$/;

/** Question words that open an indirect question wherever they stand (no relative or coordinating reading). */
const NEAR_QUESTION_WORD = /^(welke|welk|hoe|waarom|hoeveel)$/;

/**
 * The phrase at `at` stands in a subordinate clause that is an indirect question ("… hoe we de gevolgen zoveel mogelijk
 * opvangen", "welke doelen we willen bereiken"): it asks or explains, it sets no goal and commits nothing. `reach`:
 * how many words back a question word may stand when the reader did not split the clause off.
 */
export function inIndirectQuestion(s: Sentence, at: number, clauses: readonly Clause[], reach = 4): boolean {
  const ti = tokenAt(s, at);
  const c = clauseAt(clauses, ti);
  // (The phrase itself may open the clause the reader split off, "waar mogelijk …": that is no question word.)
  // "waar"/"wat"/"wie" right after a noun opens a relative clause ("locaties waar de gemeente …"), no question.
  const relative = c && /^(waar|wat|wie)$/.test(s.tokens[c.start]?.low ?? '') && /^(NOUN|PROPN)$/.test(tagsOf(s)[c.start - 1]?.pos ?? '');
  if (c && c.subordinate && c.start < ti && !relative && QUESTION_OPENER.test(s.tokens[c.start]?.low ?? '')) return true;
  // A sentence that opens with an indirect question as its subject or topic ("Hoe wij willen zorgen voor zo veel
  // mogelijk grondstoffen staat in ons Grondstoffenplan", "Welke woningen we zoveel mogelijk behouden, bepalen we …"):
  // the question word first, no verb right after it (that would be a direct question), no "?", no stop or comma before
  // the phrase, and a finite verb after it (the main clause's).
  const tok = s.tokens, tags = tagsOf(s), first = firstWordIndex(s);
  if (first >= 0 && first < ti && NEAR_QUESTION_WORD.test(tok[first].low) && tags[first + 1]?.verbForm !== 'fin' && !/\?\s*$/.test(s.raw) &&
    !tok.slice(first, ti).some((t) => t.kind === 'punct') && tok.slice(ti + 1).some((t, k) => tags[ti + 1 + k]?.verbForm === 'fin')) return true;
  // The reader may not split the clause off: a question word just before the goal phrase ("… welke doelen we …",
  // "… hoe we onze ambitie …"), with no stop in between (not "of" = "or", "wat"/"waar" that may be relative).
  for (let k = ti - 1, n = 0; k >= 0 && n < reach; k--) {
    const t = s.tokens[k];
    if (t.kind === 'punct') return false;
    if (t.kind !== 'word') continue;
    n++;
    if (NEAR_QUESTION_WORD.test(t.low)) return true;
  }
  return false;
}

/**
 * A main clause in the plain present (no modal, not passive) with a noun phrase (or "ze"/"zij") as its subject: a
 * standing state of affairs the text may describe.
 */
export function plainPresentMain(c: Clause | undefined): c is Clause & { subject: [number, number] } {
  return plainPresentWithSubject(c) && c.subjectKind === 'np';
}

/** A main clause in the plain present, active, with no modal, with a subject of any kind (`plainPresentMain` asks a noun phrase). */
export function plainPresentWithSubject(c: Clause | undefined): c is Clause & { subject: [number, number] } {
  return !!c && !c.subordinate && !c.passive && c.tense === 'present' && c.modality === 'none' && !!c.subject;
}

/** The clause is in the plain present with a named party as its subject that is not the author ("De Landelijke Natuurautoriteit"). */
export function namedOtherAims(s: Sentence, c: Clause | undefined): boolean {
  if (!plainPresentMain(c) || ownDoer(s, c)) return false;
  const tags = tagsOf(s), first = firstWordIndex(s);
  const [a, b] = c.subject;
  // A capitalised word the lexicon does not know, alone as the subject at the sentence's start ("Rijkswaterstaat
  // streeft …"): a name too.
  if (b - a === 1 && a === first && /^\p{Lu}/u.test(s.tokens[a].text) && tags[a]?.unknown) return true;
  for (let k = a; k < b; k++) {
    const t = s.tokens[k];
    if (t.kind === 'word' && (tags[k]?.pos === 'PROPN' || (k !== first && /^\p{Lu}/u.test(t.text)))) return true;
  }
  return false;
}

const OWN_UNIT = wordClass('ownUnitHead');

/**
 * The subject of `main` is an organisation other than a government body or one of its own units ("De bibliotheek van
 * Lindewaard …", "Woningcorporatie Lindehof …", "Kleine zorgaanbieders …"). In a government's text (the author's
 * bestuurslaag known) what such a party does, aims at or lacks is described: the government cannot commit it.
 */
export function independentDoer(s: Sentence, main: Clause): boolean {
  if (main.passive || main.subjectKind !== 'np' || !main.subject || ownDoer(s, main)) return false;
  const [a, b] = main.subject;
  const orgs = s.actors.filter((x) => x.token >= a && x.token < b && (x.kind === 'org' || x.kind === 'named'));
  if (orgs.length === 0) return false;
  return orgs.every((x) => !x.text.toLowerCase().split(/\s+/).some((w) => OWN_UNIT.test(w) || vocab('government').isWord(w)));
}

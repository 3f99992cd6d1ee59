/**
 * Reading regie-family words the way guide/judgement.md §5 describes:
 *  1. "anders": someone's own grip (eigen regie, zelf de regie, regie over one's own life, data or dossier,
 *     regie "bij de burger").
 *  2. "naam": a heading, a body or law already introduced, a proper name referring to an existing body, a role
 *     repeated without a task. The first founding clause of a body ("Er is een Regietafel …", "… wordt
 *     ingesteld") is a claim.
 *  3. Otherwise a claim: "gevuld" when an actor comes with a kind of regie, means (mandate, money, people) or a
 *     concrete deliverable in the sentence ±1 (or the heading / list lead-in above); "hol" when there is no actor,
 *     or an actor with nothing else. Collective holders ("samen", "alle partners", an undefined "we") are no
 *     actor; hedges and buzz objects ("regie op de samenhang") cancel a deliverable that would otherwise fill it.
 * Hollow claims become `regie/hol` findings. Every reading keeps what it found (actor, kind, means,
 * deliverable): the extension's hover and the checklist show them.
 */
import type { RegieMention } from './types';
import type { DocModel, Sentence, RegieWord } from './document';
import { headingOf, memoize, textFacts } from './document';
import { compilePhrases, hasPhrase } from './lexicon/match';
import { FAMILIES } from './lexicon/families';
import { flat } from './recognize/flat';
import { specificActors as specificActorMentions } from './rules/util';

export interface RegieReading extends RegieMention { sentence: number }

const KIND = /(?<![\p{L}])(procesregie|procesregisseur|ordeningsregie|ordenende regie|uitvoeringsregie|uitvoerende regie|regie als medespeler|zonder eigen belang|eindverantwoordelijkheid|eindverantwoordelijke|doorzettingsmacht|als medespeler|participatieladder|(?:faciliterende|stimulerende|regulerende|loslatende) rol(?=[^.;]{0,40}(?:betekent|houdt in|wil zeggen|door|: ))|(?:faciliteren|stimuleren|reguleren|loslaten)(?= (?:betekent|houdt in|wil zeggen)))(?![\p{L}])/u;

const MEANS = /(?<![\p{L}])(mandaat|gemandateerd|mandateren|bevoegdheid|bevoegdheden|bevoegd gezag|doorzettingsmacht|wettelijke (?:taak|verantwoordelijkheid|grondslag|bevoegdheid)|op grond van (?:artikel|de \p{L}*wet|\p{L}*wet|het \p{L}*besluit)|(?:heeft|hebben|met|het) (?:het )?gezag|opperbevel|krachtens|ingevolge|aanwijzingsbevoegdheid|aanwijzingen (?:geven|te geven)|geeft aanwijzingen|als (?:eind)?verantwoordelijke voor|formatie van|fte|programmabureau|projectleider|kwartiermaker|projectteam|opdrachten (?:aan|geven|verstrekken)|geeft opdracht|beschikt over (?:een|het|de)? ?(?:budget|middelen|fonds|capaciteit)|budget van|begroting van)(?![\p{L}])/u;

/** Verbs that make a task concrete by themselves (decide, fix, pay, order, appoint, report, enforce). */
export const STRONG_TASK = /(?<![\p{L}])(stelt [^.;]{0,60}vast|stellen [^.;]{0,60}vast|vaststellen|vaststelt|vast te stellen|vastgesteld|vastlegt|vastleggen|aanwijst|inkoopt|legt [^.;]{0,40}vast|leggen [^.;]{0,40}vast|besluit(?:en)? (?:over|tot|om|bij|binnen|op)|beslist|beslissen|neemt (?:een |het )?besluit|nemen besluiten|wijst [^.;]{0,60}aan|wijzen [^.;]{0,60}aan|verdeelt|verdelen|contracteert|contracteren|financiert|financieren|betaalt|betalen|koopt [^.;]{0,30}in|kopen [^.;]{0,30}in|werft|werven|geeft opdracht|opdracht (?:geven|te geven|aan)|rapporteert|rapporteren|legt verantwoording af|handhaaft|handhaven|verleent|verlenen|verstrekt|verstrekken|subsidieert|subsidiëren|sluit [^.;]{0,40}(?:convenant|overeenkomst|contract|afspraken)|maakt (?:concrete |gerichte |bindende |sluitende )?afspraken|maken (?:concrete |gerichte |bindende |sluitende )?afspraken|(?:acties|taken|interventies) [^.;]{0,30}uit(?:zetten|zet| te zetten)|zet [^.;]{0,30}(?:acties|taken|interventies) uit)(?![\p{L}])/u;

/** Verbs that make a task concrete only with a concrete object, a date or a number. */
export const WEAK_TASK = /(?<![\p{L}])(stelt [^.;]{0,60}op|stellen [^.;]{0,60}op|opstelt|opstellen|uitvoert|inricht|op te stellen|opgesteld|ontwikkelt|ontwikkelen|te ontwikkelen|maakt|maken|organiseert|organiseren|richt [^.;]{0,40}in|richten [^.;]{0,40}in|inrichten|voert [^.;]{0,40}uit|voeren [^.;]{0,40}uit|uitvoeren|levert|leveren|bouwt|bouwen|realiseert|realiseren|continueren|continueert|zet [^.;]{0,30}in|zetten [^.;]{0,30}in|start|starten|omzetten|bij te stellen|bijstellen|monitort|monitoren|evalueert|evalueren|bereidt [^.;]{0,30}voor|draagt zorg voor|zorgt voor|houdt toezicht|coördineert de uitvoering|werkt [^.;]{0,40}aan|werken [^.;]{0,40}aan)(?![\p{L}])/u;

export const CONCRETE_OBJECT = /(?<![\p{L}])((?:\p{L}+)?plan(?:nen)?|plan van aanpak|(?:\p{L}+)?programma|beleid|besluit(?:en)?|afspraken|opdracht(?:en)?|rapport(?:age)?|verslag(?:en)?|voorstel(?:len)?|kader|verordening|regeling|convenant|overeenkomst|contract(?:en)?|budget|begroting|acties|aanpak|agenda|procedure|protocol|dossier|loket|voorziening(?:en)?|projecten|campagne|woningen|maatregelen|evaluatie|monitor|werkwijze|\p{L}*voortgang)(?![\p{L}])/u;

/** Coordination-only work: does not make a claim concrete (judgement §5, founding clause with coordination tasks). */
export const COORDINATION_ONLY = /(?<![\p{L}])(bewaakt|bewaken|coördineert|coördineren|stemt [^.;]{0,30}af|afstemmen|signaleert|signaleren|agendeert|agenderen|stimuleert|stimuleren|bevordert|bevorderen|verbetert|verbeteren|verbindt|verbinden|faciliteert|faciliteren)(?![\p{L}])/u;

const AFNEMER = String.raw`(?:burger|inwoner|bewoner|cliënt|client|patiënt|ouder|jongere|mens|gezin|huishouden|zorgvrager|hulpvrager|leerling|student|werkzoekende|mantelzorger|oudere|kind|deelnemer|gebruiker|klant|persoon|individu|mensen|kinderen)(?:s|en)?`;
const ANDERS = new RegExp([
  String.raw`eigen\s+regie`,
  String.raw`zelf\s+(?:de\s+|meer\s+)?regie`,
  String.raw`regie\s+(?:over|op|van)\s+(?:hun|zijn|haar|je|jouw|uw|mijn|ons|onze|het\s+eigen|de\s+eigen|eigen)\s`,
  String.raw`regie\s+(?:houden|hebben|voeren|nemen|pakken|behouden|krijgen|terugkrijgen|terugpakken)\s+(?:over|op)\s+(?:hun|zijn|haar|het\s+eigen|eigen|je|jouw|uw|mijn)`,
  String.raw`regie\s+terug`,
  String.raw`regie\s+(?:over|op)\s+(?:de\s+|het\s+|hun\s+|zijn\s+|haar\s+)?(?:eigen\s+)?(?:persoons)?(?:gegevens|data|dossier|leven|levens|woonsituatie|financiën|zorgproces|zorgplan|behandeling|herstel)`,
  String.raw`regie\s+(?:bij|van|voor|aan)\s+(?:de\s+|het\s+)?${AFNEMER}(?![\p{L}])`,
  String.raw`(?<![\p{L}])${AFNEMER}\s+(?:zelf\s+)?(?:houdt|houden|heeft|hebben|neemt|nemen|krijgt|krijgen|behoudt|behouden|pakt|pakken|voert|voeren|ervaart|ervaren)\s+(?:zelf\s+)?(?:de\s+|meer\s+|weer\s+)?regie`,
].join('|'), 'u');

/** Bodies with regie in their name. */
const BODY = /^(?:\p{L}*regie(?:groep|tafel|team|overleg|orgaan|raad|raden|commissie|bureau|punt|wet|centrum|platform)(?:en|s)?)$/u;
/** Roles: (proces)regisseur, casusregisseur, armoederegisseurs … */
const ROLE = /regisseurs?$/;
/** A founding clause: the body is set up here. */
const FOUNDING = /(?<![\p{L}])(er\s+(?:is|komt|wordt)\s+(?:een|het|de)|wordt\s+(?:ingesteld|opgericht|opgezet|ingericht|gevormd)|worden\s+(?:ingesteld|opgericht|opgezet|ingericht|gevormd)|stel(?:t|len)\s+(?:een|de|het|wij|we)\s+[^.;]{0,60}\s+in(?![\p{L}])|richt(?:en)?\s+(?:een|de|het|wij|we)\s+[^.;]{0,60}\s+(?:in|op)(?![\p{L}])|in\s+te\s+stellen|op\s+te\s+richten|wordt\s+[^.;]{0,20}in\s+het\s+leven\s+geroepen)/u;
/** A collective holder: "samen de regie", "gezamenlijke regie", "alle partners voeren regie". */
const COLLECTIVE_HOLDER = /(?<![\p{L}])(samen|gezamenlijk|gezamenlijke|gedeelde|met elkaar|alle partners|alle partijen|alle betrokkenen|iedereen|in gezamenlijkheid|collectieve|horizontale)(?![\p{L}])/u;
/** Regie aimed at a buzz object instead of a result (judgement §5: pushes towards hol). */
const BUZZ_OBJECT = /regie\s+(?:op|over|voor|van)\s+(?:de\s+|het\s+)?(?:samenhang|synergie|verbinding|integraliteit|integrale\s+aanpak|het\s+geheel|geheel|keten|netwerk|samenwerking|processen)(?![\p{L}])/u;
/** "We" defined as one party, or the text speaking as one authority. */
const WE_DEFINED = /(?<![\p{L}])(wij,\s+(?:de|het)\s+\p{L}+|(?:we|wij)\s+als\s+(?:gemeente|college|provincie|rijk|kabinet|gemeentebestuur|waterschap|coalitie|bestuur)|als\s+(?:gemeente|college|provincie|gemeentebestuur)\s+(?:we|wij|willen|gaan|zetten|voeren|nemen)|hierna(?:\s+te\s+noemen)?:?\s+["“]?(?:wij|we|ons)|onze\s+(?:gemeente|provincie|inwoners|stad|dorpen|regio)|ons\s+(?:college|dorp)|(?:dit|het)\s+(?:coalitieakkoord|collegeprogramma|bestuursakkoord|collegeakkoord|raadsakkoord|coalitieprogramma))(?![\p{L}])/u;

/** "Er komt/is/wordt …": a claim that names nobody on purpose. */
const IMPERSONAL = /(?<![\p{L}])er\s+(?:komt|komen|is|zijn|wordt|worden|moet|moeten|zal|zullen|kan|gaat)(?![\p{L}])/u;

const HEDGE = compilePhrases(FAMILIES.voorbehoud.phrases);

/** Several parties speak: an agreement, or collectives ("partijen", "de partners") acting throughout. */
const MULTI_PARTY = /(?<![\p{L}])(komen (?:het volgende )?overeen|ondergetekenden|ondertekenaars|partijen|partners|ketenpartners|deelnemers|samenwerkingspartners|netwerkpartners|deelnemende (?:gemeenten|organisaties|partijen))(?![\p{L}])/u;

const weCache = new WeakMap<DocModel, boolean>();
/**
 * True when "we" stands for one party: the text defines it ("wij als gemeente", "hierna: wij"), or the text is
 * written by one author rather than by several parties (judgement §7: resolve "we" to the main actor).
 */
export function weIsOneParty(doc: DocModel): boolean {
  let v = weCache.get(doc);
  if (v === undefined) {
    let defined = false, multi = 0;
    const facts = textFacts(doc, 'we:party', (s) => memoize(s, 'we:party', () => { const low = flat(s).text; return [WE_DEFINED.test(low), MULTI_PARTY.test(low)] as const; }));
    for (let i = 0; i < doc.sentences.length; i++) {
      const [def, mult] = facts(i);
      if (def) { defined = true; break; }
      if (mult) multi++;
    }
    v = defined || multi < 3;
    weCache.set(doc, v);
  }
  return v;
}

/** Classify every regie-family word of the document. */
export function readRegie(doc: DocModel): RegieReading[] {
  const out: RegieReading[] = [];
  const introduced = new Set<string>();
  for (const s of doc.sentences) {
    for (const w of s.regie) out.push(classify(doc, s, w, introduced));
  }
  return out;
}

function specificActors(s: Sentence | undefined, skip?: RegieWord): string[] {
  if (!s) return [];
  return specificActorMentions(s)
    .filter((a) => !skip || a.start !== skip.start)
    .map((a) => a.text);
}

/** The sentences around s within one block step (no heading in between), in reading order. */
export function neighbours(doc: DocModel, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (const i of [s.index - 1, s.index + 1]) {
    const x = doc.sentences[i];
    if (!x || Math.abs(x.block - s.block) > 1 || doc.blocks[x.block].kind === 'heading') continue;
    out.push(x);
  }
  return out;
}

const listStartMemo = new WeakMap<DocModel, Int32Array>();

/** Per block: the first block of the run of list items it belongs to (itself when it is no list item). */
function listStarts(doc: DocModel): Int32Array {
  let out = listStartMemo.get(doc);
  if (!out) {
    out = new Int32Array(doc.blocks.length);
    for (let b = 0; b < doc.blocks.length; b++) {
      out[b] = b > 0 && doc.blocks[b].kind === 'listItem' && doc.blocks[b - 1].kind === 'listItem' ? out[b - 1] : b;
    }
    listStartMemo.set(doc, out);
  }
  return out;
}

/** The lead-in of a list: the sentence just above the first item of the list that holds this block. */
function leadInOf(doc: DocModel, s: Sentence): Sentence | undefined {
  if (doc.blocks[s.block].kind !== 'listItem') return undefined;
  const b = listStarts(doc)[s.block];
  const first = doc.blockSentences[b]?.[0];
  const lead = first !== undefined ? doc.sentences[first - 1] : undefined;
  return lead && doc.blocks[lead.block].kind !== 'heading' ? lead : undefined;
}

export function deliverableIn(x: Sentence): { text: string; strong: boolean } | undefined {
  return memoize(x, 'regie:deliverable', () => computeDeliverable(x));
}

function computeDeliverable(x: Sentence): { text: string; strong: boolean } | undefined {
  const low = flat(x).text;
  const strong = STRONG_TASK.exec(low);
  if (strong) return { text: strong[1], strong: true };
  const weak = WEAK_TASK.exec(low);
  if (!weak) return undefined;
  const obj = CONCRETE_OBJECT.exec(low);
  const dated = x.times.some((t) => t.kind === 'deadline' || t.kind === 'date');
  if (obj || dated || x.quantities.length > 0 || x.money.some((m) => !m.open)) return { text: obj ? `${weak[1]} … ${obj[1]}` : weak[1], strong: false };
  return undefined;
}

interface WindowFacts { kind: string | null; means: string | null; money: string | null; capacity: string | null }

/** What a sentence lends to a regie claim in its window (text-only, memoised per sentence). */
function windowFacts(x: Sentence): WindowFacts {
  return memoize(x, 'regie:window', () => {
    const xl = flat(x).text;
    const k = KIND.exec(xl);
    const m = MEANS.exec(xl);
    const mm = x.money.find((y) => !y.open);
    const q = x.quantities.find((y) => y.kind === 'capacity');
    return { kind: k ? k[1] : null, means: m ? m[1] : null, money: mm ? mm.text : null, capacity: q ? q.text : null };
  });
}

function classify(doc: DocModel, s: Sentence, w: RegieWord, introduced: Set<string>): RegieReading {
  // Readings are built as literals with their keys in this order (no object spread: this runs for every regie
  // word on every keystroke).
  const line = doc.lines.at(w.start).line;
  const block = doc.blocks[s.block];
  const f = flat(s);
  const low = f.text;
  // Per sentence and word offset: the text-only tests of the word, and the claim's last reading with its context.
  const words = memoize(s, 'regie:words', () => new Map<number, WordMemo>());
  const wordKey = w.start - s.start;
  let memo = words.get(wordKey);
  if (!memo) words.set(wordKey, (memo = { wf: wordFacts(s, w, f), claim: undefined }));
  const wf = memo.wf;
  // 1. Someone's own grip on their life, data or dossier.
  if (wf.anders) {
    return { start: w.start, end: w.end, line, word: w.word, sentence: s.index, class: 'anders' };
  }
  // 2. Headings and decree titles name things.
  if (block.kind === 'heading') return { start: w.start, end: w.end, line, word: w.word, sentence: s.index, class: 'naam' };
  const { isRole, isBody } = wf;
  const founding = wf.founding;
  if (isBody) {
    // Only the founding clause introduces a body; passing references to an existing body are names.
    const bodyKey = w.low.replace(/(en|s)$/, '');
    if (introduced.has(bodyKey) || !founding) return { start: w.start, end: w.end, line, word: w.word, sentence: s.index, class: 'naam', actor: w.word };
    introduced.add(bodyKey);
  }

  // 3. A claim. The window: this sentence, its neighbours (±1, no heading between), the lead-in and heading above.
  const around = neighbours(doc, s);
  const heading = headingOf(doc, s.block);
  const headingSentence = heading ? doc.sentences[doc.blockSentences[heading.index]?.[0] ?? -1] : undefined;
  const leadIn = leadInOf(doc, s);
  // What the claim reads besides the sentence itself is its context: which sentences are around it (and whether
  // they are in its block), the heading and the lead-in above, and who "we" is. Built sentences are cached by
  // text and carry their memo map, so the map stands for the sentence text: the claim's reading is reused while
  // the same texts stand around it.
  const prev = around.length > 0 && around[0].index === s.index - 1 ? around[0] : undefined;
  const next = around.length > 0 && around[around.length - 1].index === s.index + 1 ? around[around.length - 1] : undefined;
  let claim = memo.claim;
  if (!claim || claim.prev !== prev?.memo || claim.next !== next?.memo || claim.prevSame !== (prev?.block === s.block) ||
    claim.nextSame !== (next?.block === s.block) || claim.heading !== headingSentence?.memo || claim.lead !== leadIn?.memo ||
    (claim.we !== undefined && claim.we !== weIsOneParty(doc))) {
    const read = { we: undefined as boolean | undefined };
    const facts = claimFacts(doc, s, w, wf, low, around, headingSentence, leadIn, isRole, isBody, founding, read);
    memo.claim = claim = {
      prev: prev?.memo, next: next?.memo, prevSame: prev?.block === s.block, nextSame: next?.block === s.block,
      heading: headingSentence?.memo, lead: leadIn?.memo, we: read.we, facts,
    };
  }
  const { actor, kind, means, deliverable, filled } = claim.facts;
  if (isRole) {
    const roleKey = w.low.replace(/s$/, '');
    const repeated = introduced.has(roleKey);
    introduced.add(roleKey);
    // A role repeated with nothing new is a name, not a new claim.
    if (!filled && repeated) return { start: w.start, end: w.end, line, word: w.word, sentence: s.index, class: 'naam', actor, kind, means, deliverable };
  }
  return {
    start: w.start, end: w.end, line, word: w.word, sentence: s.index, class: filled ? 'gevuld' : 'hol',
    actor, kind, means, deliverable,
  };
}

interface WordMemo { wf: WordFacts; claim: ClaimMemo | undefined }

/** The text-only tests of one regie word (its sentence and its place in it). */
function wordFacts(s: Sentence, w: RegieWord, f: ReturnType<typeof flat>): WordFacts {
  const low = f.text;
  const rel = f.toFlat[w.start - s.start];
  const relEnd = f.toFlat[w.end - s.start];
  const local = low.slice(Math.max(0, rel - 60), Math.min(low.length, relEnd + 60));
  const near = low.slice(Math.max(0, rel - 60), Math.min(low.length, relEnd + 25));
  const isRole = ROLE.test(w.low);
  const under = /onder\s+(?:de\s+)?regie\s+van\s+(?:de\s+|het\s+)?([\p{L}][\p{L}\p{N}&-]*)/iu.exec(f.raw.slice(Math.max(0, rel - 20), rel + 60));
  return {
    anders: s.tokens[w.token - 1]?.low === 'eigen' || ANDERS.test(near) || (w.low === 'regie' && ANDERS.test(local) && /^\s*(?:bij|over|op)\s/.test(low.slice(relEnd))),
    founding: FOUNDING.test(low) || /^(een|één)$/.test(s.tokens[w.token - 1]?.low ?? ''),
    collective: !!COLLECTIVE_HOLDER.exec(low.slice(Math.max(0, rel - 40), Math.min(low.length, relEnd + 30))),
    impersonal: IMPERSONAL.test(low.slice(0, rel)) || s.passives.some((p) => p.impersonal && !p.agent),
    under: under ? under[1] : null,
    buzz: BUZZ_OBJECT.test(low.slice(rel)),
    isRole,
    isBody: !isRole && (BODY.test(w.low) || (/^\p{Lu}/u.test(w.word) && w.token > 0 && w.low !== 'regie')),
  };
}

interface ClaimFacts { actor?: string; kind?: string; means?: string; deliverable?: string; filled: boolean }

/** A claim's reading with the context it was read in (memo maps of the sentences around it; `we` if it was asked). */
interface ClaimMemo {
  prev?: Map<string, unknown>; next?: Map<string, unknown>; prevSame: boolean; nextSame: boolean;
  heading?: Map<string, unknown>; lead?: Map<string, unknown>; we?: boolean; facts: ClaimFacts;
}

interface WordFacts {
  anders: boolean; founding: boolean; collective: boolean; impersonal: boolean; under: string | null; buzz: boolean; isRole: boolean; isBody: boolean;
}

/** Step 3 of the reading: actor, kind, means and deliverable of a claim from its sentence and its context. */
function claimFacts(
  doc: DocModel, s: Sentence, w: RegieWord, wf: WordFacts, low: string, around: Sentence[], headingSentence: Sentence | undefined,
  leadIn: Sentence | undefined, isRole: boolean, isBody: boolean, founding: boolean, read: { we: boolean | undefined },
): ClaimFacts {
  const window = [s, ...around];
  const collective = wf.collective;
  let actor: string | undefined;
  if (isRole || isBody) actor = w.word;
  const own = specificActors(s, isRole ? w : undefined);
  if (!actor && own.length) actor = own[0];
  if (!actor && !collective) {
    const we = s.actors.find((a) => a.kind === 'we');
    if (we && (read.we = weIsOneParty(doc))) actor = we.text;
  }
  // An actor may come from a neighbour in the same paragraph, a lead-in ("Het fonds:") just above, the list's
  // lead-in or the heading; not into an explicitly impersonal claim ("Er komt regie …", "wordt regie gevoerd").
  const impersonal = wf.impersonal;
  if (!actor && !collective && !impersonal) {
    const lent = around.filter((x) => x.block === s.block || (x.index === s.index - 1 && /:\s*$/.test(x.raw)));
    for (const x of [...lent, leadIn, headingSentence]) {
      const a = specificActors(x)[0];
      if (a) { actor = a; break; }
    }
  }
  if (collective && !isRole && !isBody && own.length === 0) actor = undefined;

  let kind: string | undefined;
  let means: string | undefined;
  let deliverable: string | undefined;
  let strongDeliverable = false;
  for (const x of window) {
    const w = windowFacts(x);
    if (w.kind !== null && !kind) kind = w.kind;
    if (w.means !== null && !means) means = w.means;
    if (!means && w.money !== null) means = w.money;
    if (!means && w.capacity !== null) means = w.capacity;
    if (!deliverable) {
      const d = deliverableIn(x);
      if (d) { deliverable = d.text; strongDeliverable = d.strong; }
    }
  }
  // "Onder regie van X werken A en B aan …": named partners with a task under a named director.
  const under = wf.under;
  if (under !== null && (/^\p{Lu}/u.test(under) || specificActors(s).length > 0)) {
    actor = /^\p{Lu}/u.test(under) ? under : actor;
    if (!deliverable && own.length >= 1 && WEAK_TASK.test(low)) deliverable = WEAK_TASK.exec(low)![1];
  }
  // A founding clause whose tasks are only coordination stays hollow (judgement §5).
  if (isBody && founding && deliverable && !strongDeliverable && COORDINATION_ONLY.test(low)) deliverable = undefined;
  const hedged = memoize(s, 'regie:hedged', () => hasPhrase(HEDGE, low));
  const buzz = wf.buzz;
  // A regisseur role with tasks is filled even when one task is hedged (judgement §5: "role title with tasks").
  const roleActor = isRole || s.actors.some((a) => a.kind === 'role' && ROLE.test(a.text.toLowerCase()));
  const usable = deliverable && (!(hedged || buzz) || strongDeliverable || (roleActor && !buzz)) ? deliverable : undefined;
  const filled = !!actor && (!!kind || !!means || !!usable);
  return { actor, kind, means, deliverable, filled };
}

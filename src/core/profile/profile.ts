/**
 * The document profile (contract section B, guide/judgement.md §2): doctype, fase, coalitietype, regierol and
 * regiedichtheid, each with the cues that decided it (`profile.cues`, evidence spans shown in the sidebar).
 *
 * - doctype: a weighted vote of title and body cues (doctype.ts).
 * - fase: follows the doctype (book ch. 3 "Ontwikkelingsfasen"): a signed convenant or a regeling is
 *   contracteren, a letter of intent, coalition agreement, proposal or design note is formeren, a programme or a
 *   report on running work is uitvoering, an exploratory note is zoeken.
 * - coalitietype: demand known or turbulent × social system simple or complex (ch. 3 "Typen coalities").
 * - regierol: what the leading government party does where it claims regie (ch. 4): orders others from its
 *   own final responsibility (law, norms, permits, enforceable deals) → ordeningsregie; co-plays with its own
 *   money and people → uitvoeringsregie; only convenes and coordinates, or calls itself procesregisseur →
 *   procesregie; claims nothing → geen.
 */
import type { Coalitietype, Evidence, Fase, Profile, Regierol } from '../types';
import type { DocModel, Sentence } from '../document';
import { quoteSentence, headingOf, memoize, textFacts } from '../document';
import type { RegieReading } from '../regie';
import { compileCue, sentenceCues, type Matcher } from '../checklist/cues';
import { classifyDoctype, titleSentence } from './doctype';

function ev(doc: DocModel, s: Sentence): Evidence {
  return { start: s.start, end: s.end, line: doc.lines.at(s.start).line, text: quoteSentence(doc, s, 160) };
}

const matcherKeys = new WeakMap<Matcher, string>();
let matcherCount = 0;

/** Sentences matching `re` (at most `max`). Per sentence the answer is carried over between analyses (textFacts). */
function hits(doc: DocModel, re: Matcher, max = 50): Sentence[] {
  let key = matcherKeys.get(re);
  if (!key) matcherKeys.set(re, (key = `profile:hits#${matcherCount++}`));
  const test = textFacts(doc, key, (s) => re.test(s));
  const out: Sentence[] = [];
  for (let i = 0; i < doc.sentences.length; i++) if (test(i)) { out.push(doc.sentences[i]); if (out.length >= max) break; }
  return out;
}

// ——— fase ———

const INTENT = compileCue(['intentieverklaring', 'intentieovereenkomst', 'letter of intent', 'verklaren de intentie', 'spreken de intentie uit', 'intentie om']);
const EXPLORE = compileCue(['verkenning', 'verkennen', 'verkennende', 'startnotitie', 'discussienota', 'eerste aanzet', 'zoektocht', 'mogelijke partners',
  'onderzoeken of', 'we onderzoeken', 'denkrichting*', 'bouwstenen', 'open vragen', 'gesprek aangaan', 'in gesprek gaan met', 'vooronderzoek']);
const RUNNING = compileCue(['voortgangsrapportage', 'jaarverslag', 'jaarrapportage', 'terugblik', 'evaluatie van', 'stand van zaken', 'in uitvoering',
  'wordt uitgevoerd', 'zijn uitgevoerd', 'hebben we gerealiseerd', 'is gerealiseerd', 'zijn gerealiseerd', 'uitvoeringsprogramma', 'jaarprogramma']);
const DESIGN = compileCue(['principes', 'principe', 'uitgangspunten', 'ontwerp', 'ontwerpprincipes', 'architectuur', 'visie', 'agenda', 'voorstel', 'we stellen voor',
  'kaders', 'standaarden', 'afspraken maken']);

function decideFase(doc: DocModel, doctype: Profile['doctype']): { fase: Fase; cues: Evidence[] } {
  const title = titleSentence(doc);
  const titleEv = title ? [ev(doc, title)] : [];
  switch (doctype) {
    case 'convenant': {
      const intent = hits(doc, INTENT, 3);
      if (intent.length && (title && INTENT.test(title) || intent.length >= 2)) return { fase: 'formeren', cues: intent.map((s) => ev(doc, s)) };
      return { fase: 'contracteren', cues: titleEv };
    }
    case 'regeling': return { fase: 'contracteren', cues: titleEv };
    case 'akkoord': case 'raadsvoorstel': return { fase: 'formeren', cues: titleEv };
    case 'programma': {
      const explore = hits(doc, EXPLORE, 10);
      if (explore.length * 1000 / Math.max(doc.words, 1) > 3) return { fase: 'zoeken', cues: explore.slice(0, 3).map((s) => ev(doc, s)) };
      return { fase: 'uitvoering', cues: titleEv };
    }
    default: {
      const explore = hits(doc, EXPLORE, 20);
      const running = hits(doc, RUNNING, 20);
      const design = hits(doc, DESIGN, 20);
      const per = (n: number): number => (n * 1000) / Math.max(doc.words, 1);
      if (per(running.length) >= 2 && running.length > explore.length && running.length >= design.length / 2) return { fase: 'uitvoering', cues: running.slice(0, 3).map((s) => ev(doc, s)) };
      if (explore.length > 0 && explore.length >= design.length) return { fase: 'zoeken', cues: explore.slice(0, 3).map((s) => ev(doc, s)) };
      if (design.length > 0) return { fase: 'formeren', cues: design.slice(0, 3).map((s) => ev(doc, s)) };
      return { fase: doctype === 'nota' ? 'formeren' : 'zoeken', cues: titleEv };
    }
  }
}

// ——— coalitietype ———

/** Turbulent demand: transitions, problem areas, questions without a known answer (ch. 3 "Soorten opgaven"). */
const TURBULENT = compileCue(['leefbaarheid', 'probleemwijk*', 'aandachtswijk*', 'krachtwijk*', 'achterstandswijk*', 'prachtwijk*', 'stedelijke vernieuwing',
  'grotestedenbeleid', 'transitie', 'transities', 'systeemverandering', 'radicalisering', 'ondermijning', 'heruitvinden', 'wicked', 'hardnekkig*',
  'veelkoppig*', 'leefbaarheidsproblemen', 'stadseconomie', 'herstructurering']);
/** A new offer or a redefined demand. */
const NEW_OFFER = compileCue(['innovatie', 'innovatief', 'innovatieve', 'vernieuwing', 'nieuw concept', 'nieuwe dienst', 'nieuw aanbod', 'experiment', 'proeftuin',
  'living lab', 'brede school', 'nieuwe markt']);
/** Two parties only. */
const BILATERAL = compileCue(['beide partijen', 'beide colleges', 'beide organisaties', 'beide partners', 'beide diensten', 'beide toezichthouders', 'de andere partij',
  'elkaars bevoegdheden', 'tussen beide']);

const TWO_SIDES = compileCue(['tussen ~ en']);
const GENERIC_ORG = /^(organisatie|organisaties|instelling|instellingen|raad|bestuur|directie|college|colleges|stichting|vereniging|landschap|gemeenschap|zeggenschap|fonds|leidraad|kantoren|woningvoorraad|regio)$/;

function distinctPartners(doc: DocModel): number {
  const seen = new Set<string>();
  const keysOf = textFacts(doc, 'profile:partners', (s) => memoize(s, 'profile:partners', () => {
      const out: string[] = [];
      for (const a of s.actors) {
        if (a.kind !== 'named' && a.kind !== 'org') continue;
        const head = a.text.toLowerCase().split(/\s+/)[0].replace(/(en|s)$/, '');
        if (a.text === 'om' || GENERIC_ORG.test(a.text.toLowerCase())) continue;
        out.push(a.kind === 'named' ? a.text.toLowerCase() : head);
      }
      return out;
    }));
  for (let i = 0; i < doc.sentences.length; i++) for (const k of keysOf(i)) seen.add(k);
  return seen.size;
}

function decideCoalitietype(doc: DocModel, doctype: Profile['doctype']): { type: Coalitietype; cues: Evidence[] } {
  const title = titleSentence(doc);
  const per = (n: number): number => (n * 1000) / Math.max(doc.words, 1);
  const turbulent = hits(doc, TURBULENT, 30);
  const fresh = hits(doc, NEW_OFFER, 30);
  const bilateral = hits(doc, BILATERAL, 10);
  const titleTurbulent = !!title && TURBULENT.test(title);
  const titleFresh = !!title && NEW_OFFER.test(title);
  const partners = distinctPartners(doc);
  const weShare = (() => {
    let we = 0, all = 0;
    const counts = textFacts(doc, 'profile:we', (s) => memoize(s, 'profile:we', () => { let n = 0; for (const a of s.actors) if (a.kind === 'we') n++; return [n, s.actors.length] as const; }));
    for (let i = 0; i < doc.sentences.length; i++) {
      const c = counts(i);
      we += c[0]; all += c[1];
    }
    return all ? we / all : 0;
  })();
  const isTurbulent = titleTurbulent || per(turbulent.length) >= 3;
  const isNew = !isTurbulent && (titleFresh || per(fresh.length) >= 3);
  // A simple social system: two parties, or one organisation doing its own programme.
  // A title "… tussen A en B" or "A–B" names two sides: a bilateral arrangement.
  const titleTwoSides = !!title && (TWO_SIDES.test(title) || /\b[\p{Lu}]{2,}\s?[-–]\s?[\p{Lu}]{2,}\b/u.test(title.raw));
  const simple = bilateral.length >= 2 || titleTwoSides || partners <= 4 || (doctype === 'programma' && weShare >= 0.35);
  if (isTurbulent) return { type: simple ? 'vernieuwen' : 'heruitvinden', cues: turbulent.slice(0, 3).map((s) => ev(doc, s)) };
  if (isNew) return { type: simple ? 'vernieuwen' : 'heruitvinden', cues: fresh.slice(0, 3).map((s) => ev(doc, s)) };
  if (simple) return { type: 'op_orde_brengen', cues: (bilateral.length ? bilateral : title ? [title] : []).slice(0, 3).map((s) => ev(doc, s)) };
  return { type: 'herinrichten', cues: title ? [ev(doc, title)] : [] };
}

// ——— regierol ———

const GOV = /^(gemeente|gemeenten|gemeenteraad|raad|college|provincie|provincies|gedeputeerde|staten|rijk|kabinet|minister|ministers|ministerie|staatssecretaris|burgemeester|wethouder|wethouders|gemeentebestuur|provinciebestuur|overheid|overheden|waterschap|waterschappen|b&w|vng|ipo)$/;
const CASE_LEVEL = /^(casus|wijk|gezins|zorg|levens|trajekt|traject|dossier)regi/;
const CITIZEN = compileCue(['burger', 'burgers', 'inwoner', 'inwoners', 'cliënt', 'cliënten', 'gezin', 'gezinnen', 'patiënt', 'patiënten', 'zelf']);
const PROCES = compileCue(['procesregie', 'procesregisseur', 'coördin*', 'samenhang', 'afstemm*', 'agender*', 'bewaken', 'bewaakt', 'verbinden', 'verbindt',
  'bijeenbrengen', 'bij elkaar brengen', 'faciliteren', 'faciliteert', 'netwerk', 'zonder eigen belang', 'overleg', 'signaleren', 'platform']);
const ORDENING = compileCue(['ordeningsregie', 'ordenende regie', 'wet', 'wettelijk*', 'regels', 'normen', 'vergunning*', 'bevoegd*', 'handhav*', 'verordening',
  'openbare orde', 'prestatieafspraken', 'sturen', 'kaders', 'toezicht', 'beleidsregels', 'eisen', 'voorwaarden', 'verantwoordelijk voor', 'eindverantwoordelijk*',
  'bestemmingsplan', 'omgevingsplan', 'huisvesting*', 'beleid', 'afspraken maken met', 'ketenafspraken', 'bevel', 'aanwijzing']);
const UITVOERING = compileCue(['uitvoeringsregie', 'uitvoerende regie', 'investeren', 'investeert', 'bouwen', 'ontwikkelen', 'zelf', 'eigen geld', 'eigen mensen',
  'budget', 'fte', 'projectleider', 'geeft opdracht', 'geven opdracht', 'betaalt', 'financiert', 'levert', 'leveren', 'werft', 'zet ~ in', 'stelt ~ beschikbaar',
  'voert ~ uit', 'opdrachtgever', 'initiatiefnemer']);

function isGovDoc(doc: DocModel, doctype: Profile['doctype']): boolean {
  if (doctype === 'regeling' || doctype === 'akkoord' || doctype === 'raadsvoorstel') return true;
  // actorKinds(s).gov is this test, memoised per sentence.
  for (let i = 0; i < Math.min(15, doc.sentences.length); i++) if (actorKinds(doc.sentences[i]).gov) return true;
  return false;
}

function actorKinds(x: Sentence): { gov: boolean; we: boolean; org: boolean } {
  const hit = x.memo.get('profile:actorKinds') as { gov: boolean; we: boolean; org: boolean } | undefined;
  if (hit !== undefined) return hit;
  return memoize(x, 'profile:actorKinds', () => ({
    gov: x.actors.some((a) => GOV.test(a.text.toLowerCase().split(/\s+/)[0])),
    we: x.actors.some((a) => a.kind === 'we'),
    org: x.actors.some((a) => a.kind === 'named' || a.kind === 'org'),
  }));
}

const ROL_PROCES_NAMED = 1, ROL_ORDENING_NAMED = 2, ROL_UITVOERING_NAMED = 4, ROL_PROCES = 8, ROL_ORDENING = 16, ROL_UITVOERING = 32;

/** What a sentence says about the kind of regie (text-only, memoised per sentence as bits). */
function rolCues(s: Sentence): number {
  const hit = s.memo.get('profile:rolCues') as number | undefined;
  if (hit !== undefined) return hit;
  return memoize(s, 'profile:rolCues', () => {
    let k = 0;
    if (/procesregi/.test(s.low)) k |= ROL_PROCES_NAMED;
    if (/ordeningsregi|ordenende regie/.test(s.low)) k |= ROL_ORDENING_NAMED;
    if (/uitvoeringsregi|uitvoerende regie/.test(s.low)) k |= ROL_UITVOERING_NAMED;
    if (PROCES.test(s)) k |= ROL_PROCES;
    if (ORDENING.test(s)) k |= ROL_ORDENING;
    const c = sentenceCues(s);
    if (UITVOERING.test(s) || c.money || c.capacity) k |= ROL_UITVOERING;
    return k;
  });
}

const REGIE_WORD = /regi(e|ss)/;
const REGIE_BODY = /^(regie(groep|tafel|team|overleg|orgaan|raad|commissie|bureau))/;

function decideRegierol(doc: DocModel, regie: RegieReading[], doctype: Profile['doctype']): { rol: Regierol; cues: Evidence[] } {
  const gov = isGovDoc(doc, doctype);
  const claimSentences: number[] = [];
  for (const r of regie) {
    if (r.class === 'anders') continue;
    const word = r.word.toLowerCase();
    if (CASE_LEVEL.test(word)) continue;
    const s = doc.sentences[r.sentence];
    const heading = headingOf(doc, s.block);
    const hs = heading ? doc.blockSentences[heading.index] : undefined;
    const headingS = hs && hs[0] < hs[1] ? doc.sentences[hs[0]] : undefined;
    // Per sentence (text-only, memoised): a government actor, a "we", a named or organisation actor; over the
    // window (the sentence and the ones just before and after it) and the heading. No arrays: this runs per regie
    // word on every keystroke.
    let anyGov = false, anyWe = false, anyOrg = false;
    for (let j = r.sentence - 1; j <= r.sentence + 2; j++) {
      const x = j <= r.sentence + 1 ? doc.sentences[j] : headingS;
      if (!x) continue;
      const k = actorKinds(x);
      anyGov ||= k.gov; anyWe ||= k.we; anyOrg ||= k.org;
    }
    const govActor = anyGov || (anyWe && gov);
    const body = REGIE_WORD.test(word) && REGIE_BODY.test(word);
    const citizen = CITIZEN.test(s) && !anyGov;
    if (citizen) continue;
    if (govActor || (body && gov) || (gov && anyOrg)) {
      if (!claimSentences.includes(r.sentence)) claimSentences.push(r.sentence);
    }
  }
  if (claimSentences.length === 0) return { rol: 'geen', cues: [] };
  const score = { procesregie: 0, ordeningsregie: 0, uitvoeringsregie: 0 };
  const cues: Evidence[] = claimSentences.slice(0, 3).map((i) => ev(doc, doc.sentences[i]));
  for (const i of claimSentences) {
    for (let j = Math.max(0, i - 2); j <= Math.min(doc.sentences.length - 1, i + 2); j++) {
      const s = doc.sentences[j];
      const w = j === i ? 2 : 1;
      const k = rolCues(s);
      if (k & ROL_PROCES_NAMED) score.procesregie += 5;
      if (k & ROL_ORDENING_NAMED) score.ordeningsregie += 5;
      if (k & ROL_UITVOERING_NAMED) score.uitvoeringsregie += 5;
      if (k & ROL_PROCES) score.procesregie += w;
      if (k & ROL_ORDENING) score.ordeningsregie += w;
      if (k & ROL_UITVOERING) score.uitvoeringsregie += w;
    }
  }
  // A regie body with only coordinating tasks and no powers is process regie (network coordination).
  let rol: Regierol = 'ordeningsregie';
  let best = score.ordeningsregie;
  if (score.uitvoeringsregie > best) { rol = 'uitvoeringsregie'; best = score.uitvoeringsregie; }
  if (score.procesregie > best) { rol = 'procesregie'; best = score.procesregie; }
  return { rol, cues };
}

export function computeProfile(doc: DocModel, regie: RegieReading[]): Profile {
  const dt = classifyDoctype(doc);
  const fase = decideFase(doc, dt.doctype);
  const coalitie = decideCoalitietype(doc, dt.doctype);
  const rol = decideRegierol(doc, regie, dt.doctype);
  const density = doc.words > 0 ? Math.round((regie.length / doc.words) * 10000) / 10 : 0;
  const cues: Profile['cues'] = {};
  if (dt.cues.length) cues.doctype = dt.cues;
  if (fase.cues.length) cues.fase = fase.cues;
  if (coalitie.cues.length) cues.coalitietype = coalitie.cues;
  if (rol.cues.length) cues.regierol = rol.cues;
  return { doctype: dt.doctype, fase: fase.fase, coalitietype: coalitie.type, regierol: rol.rol, regiedichtheid: density, cues };
}

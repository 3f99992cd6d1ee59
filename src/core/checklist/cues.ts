/**
 * The cue layer of the checklist: what each sentence visibly does, computed once per sentence and cached by
 * the sentence's text (cues never depend on offsets, so a sentence that only moved after an edit reuses them).
 *
 * Cues are data: per checklist item a table of phrase patterns (guide/judgement.md §1 and §7), plus a few
 * sentence-wide modifiers (hedge, deferral, negation, optional modal) that the deciders in evaluate.ts use to
 * refuse thin or non-committal evidence. Patterns describe kinds of policy language, never sentences of
 * particular documents.
 *
 * Phrase syntax (compiled once): a phrase is a sequence of tokens (tokenized like the text, so it matches
 * whole tokens only); `*` at the end of a word matches any further letters, `*` at the start any letters
 * before; `~` is a gap of up to six tokens inside the same clause; `re:` starts a raw regular expression
 * (lowercase text, `u` flag, anchored at word edges). Plain phrases are matched by a hash lookup on each
 * token: cost linear in the sentence length, independent of the number of phrases.
 */
import { memoize, type Sentence } from '../document';

import { tokenize, type Token } from '../text/tokens';
import { primeRegex } from '../text/prime';

const L = String.raw`[\p{L}\p{M}\p{N}-]`;

/** One step of a phrase: a literal token, a token prefix (`word*`), a token suffix (`*word`), or a gap (`~`). */
interface Step { kind: 'lit' | 'prefix' | 'suffix' | 'gap' | 'alt'; text: string; alts?: Set<string>; optional?: boolean }

/** The comparable key of a token: lowercase words, numbers and abbreviations; punctuation as is. */
function tokenKey(t: Token): string { return t.kind === 'punct' || t.kind === 'symbol' ? t.text : t.low; }
const CLAUSE_END = new Set(['.', ';', ':', '!', '?']);
const MAX_GAP = 6;

function phraseSteps(p: string): Step[] {
  const steps: Step[] = [];
  for (const piece of p.trim().toLowerCase().split(/\s+/)) {
    if (piece === '~') { steps.push({ kind: 'gap', text: '' }); continue; }
    if (piece.includes('|') || piece.endsWith('?')) {
      const optional = piece.endsWith('?');
      const alts = (optional ? piece.slice(0, -1) : piece).split('|').filter(Boolean);
      steps.push({ kind: 'alt', text: '', alts: new Set(alts), optional });
      continue;
    }
    const suffix = piece.startsWith('*');
    const prefix = piece.endsWith('*');
    const core = piece.slice(suffix ? 1 : 0, prefix ? -1 : undefined);
    const toks = tokenize(core).map(tokenKey);
    toks.forEach((text, i) => {
      const kind = prefix && i === toks.length - 1 ? 'prefix' : suffix && i === 0 ? 'suffix' : 'lit';
      steps.push({ kind, text });
    });
  }
  return steps;
}

function stepMatches(step: Step, key: string): boolean {
  switch (step.kind) {
    case 'lit': return key === step.text;
    case 'prefix': return key.startsWith(step.text);
    case 'suffix': return key.endsWith(step.text);
    case 'alt': return step.alts!.has(key);
    default: return false;
  }
}

/**
 * The phrases of an affix list (first step not a plain literal) that can start at a token with this key: a
 * `word*` or `*word` first step must match the key itself (exactly what `matchFrom` checks first); gaps and
 * optional alternatives can start anywhere. Cached per key (token vocabularies are small), so a sentence pass
 * costs one lookup per token instead of trying every affix phrase at every token.
 */
function affixCandidates<T>(list: readonly T[], stepsOf: (x: T) => readonly Step[], cache: Map<string, T[]>, key: string): T[] {
  let c = cache.get(key);
  if (!c) {
    c = list.filter((x) => {
      const st = stepsOf(x)[0];
      return (st.kind === 'prefix' || st.kind === 'suffix') ? stepMatches(st, key) : true;
    });
    if (cache.size >= 50000) cache.clear();
    cache.set(key, c);
  }
  return c;
}

function matchFrom(keys: readonly string[], j: number, steps: readonly Step[], k: number): boolean {
  if (k === steps.length) return true;
  const step = steps[k];
  if (step.kind === 'gap') {
    for (let g = 0; g <= MAX_GAP && j + g <= keys.length; g++) {
      if (g > 0 && CLAUSE_END.has(keys[j + g - 1])) break;
      if (matchFrom(keys, j + g, steps, k + 1)) return true;
    }
    return false;
  }
  if (step.optional && matchFrom(keys, j, steps, k + 1)) return true;
  if (j >= keys.length || !stepMatches(step, keys[j])) return false;
  return matchFrom(keys, j + 1, steps, k + 1);
}

/**
 * A compiled phrase list. Plain phrases are matched on the sentence's tokens (a hash lookup on the first
 * token, then the remaining steps), `re:` phrases with one anchored regex on the lowercase text.
 */
let matcherCount = 0;

interface CompiledPhrases { byFirst: Map<string, Step[][]>; affixFirst: Step[][]; regexes: RegexPhrase[] }

function compilePhraseList(phrases: readonly string[]): CompiledPhrases {
  const byFirst = new Map<string, Step[][]>();
  const affixFirst: Step[][] = [];
  const regexes: RegexPhrase[] = [];
  const raw: string[] = [];
  for (const p of phrases) {
    if (p.startsWith('re:')) { raw.push(p.slice(3)); continue; }
    const steps = phraseSteps(p);
    if (steps.length === 0) continue;
    if (steps[0].kind === 'lit' || (steps[0].kind === 'alt' && !steps[0].optional)) {
      for (const first of steps[0].kind === 'alt' ? steps[0].alts! : [steps[0].text]) {
        const list = byFirst.get(first) ?? [];
        list.push(steps);
        byFirst.set(first, list);
      }
    } else affixFirst.push(steps);
  }
  for (const r of raw) regexes.push(regexPhrase(r));
  return { byFirst, affixFirst, regexes };
}

/**
 * Matchers made with `compileCue` register here (up to REGISTRY_MAX; the tables are module constants). The
 * combined index (`allIndex`) covers the cue tables and every matcher registered before its first use, so one
 * pass over a sentence's tokens answers all of them; a matcher made later tests on its own, as before.
 */
const REGISTRY: Matcher[] = [];
const REGISTRY_MAX = 256;

export class Matcher {
  /** Memo key of this matcher's per-sentence result (a boolean that depends on the sentence text only). */
  private readonly memoKey = `cue#${matcherCount++}`;
  /** Compiled on first use: module load stays cheap (extension activation), unused tables cost nothing. */
  private compiled?: CompiledPhrases;
  private readonly affixByKey = new Map<string, Step[][]>();
  /** Index in REGISTRY, or -1 when not registered. */
  readonly slot: number;

  constructor(readonly phrases: readonly string[], register = true) {
    this.slot = register && REGISTRY.length < REGISTRY_MAX ? REGISTRY.push(this) - 1 : -1;
  }

  private get c(): CompiledPhrases { return (this.compiled ??= compilePhraseList(this.phrases)); }

  /** Does a sentence (or a text, tokenized on the fly) contain one of the phrases? */
  test(x: Sentence | string): boolean {
    if (typeof x === 'string') return this.run(x);
    const index = allIndex();
    if (this.slot < 0 || this.slot >= index.matchers) return memoize(x, this.memoKey, () => this.run(x));
    return sentenceBits(x)[CUE_COUNT + this.slot] === 1;
  }

  private run(x: Sentence | string): boolean {
    const c = this.c;
    const keys = typeof x === 'string' ? tokenize(x).map(tokenKey) : sentenceKeys(x);
    for (let i = 0; i < keys.length; i++) {
      const list = c.byFirst.get(keys[i]);
      if (list) for (const steps of list) if (matchFrom(keys, i + 1, steps, 1)) return true;
      if (c.affixFirst.length) for (const steps of affixCandidates(c.affixFirst, (x) => x, this.affixByKey, keys[i])) if (matchFrom(keys, i, steps, 0)) return true;
    }
    if (c.regexes.length === 0) return false;
    const set = new Set(keys);
    const low = typeof x === 'string' ? x.toLowerCase() : x.low;
    return c.regexes.some((r) => runRegex(r, set, low));
  }

  /** The first matching phrase text (for tests and hovers); regex phrases report the matched text. */
  exec(text: string): string | undefined {
    const c = this.c;
    const toks = tokenize(text);
    const keys = toks.map(tokenKey);
    for (let i = 0; i < keys.length; i++) {
      const cands = [...(c.byFirst.get(keys[i]) ?? []), ...c.affixFirst.filter((st) => stepMatches(st[0], keys[i]))];
      for (let n = 1; n <= keys.length - i; n++) {
        for (const steps of cands) if (matchExact(keys, i, n, steps)) return text.slice(toks[i].start, toks[i + n - 1].end).toLowerCase();
      }
    }
    for (const r of c.regexes) { const m = r.re.exec(text.toLowerCase()); if (m) return m[0]; }
    return undefined;
  }
}

function matchExact(keys: readonly string[], i: number, n: number, steps: readonly Step[]): boolean {
  const sub = keys.slice(i, i + n);
  return matchFrom(sub, 0, steps, 0) && steps.filter((s) => s.kind !== 'gap').length <= n && matchAll(sub, steps);
}
function matchAll(keys: readonly string[], steps: readonly Step[]): boolean {
  // The phrase must consume exactly these tokens: try all gap fillings.
  const go = (j: number, k: number): boolean => {
    if (k === steps.length) return j === keys.length;
    const st = steps[k];
    if (st.kind === 'gap') { for (let g = 0; g <= MAX_GAP && j + g <= keys.length; g++) if (go(j + g, k + 1)) return true; return false; }
    if (st.optional && go(j, k + 1)) return true;
    return j < keys.length && stepMatches(st, keys[j]) && go(j + 1, k + 1);
  };
  return go(0, 0);
}

/** Token keys per sentence text (offset-free, so moved sentences reuse them); bounded. */
const keyCache = new Map<string, string[]>();
function sentenceKeys(s: Sentence): string[] {
  let k = keyCache.get(s.raw);
  if (!k) {
    k = s.tokens.map(tokenKey);
    if (keyCache.size >= 20000) keyCache.clear();
    keyCache.set(s.raw, k);
  }
  return k;
}


/**
 * Words one of which must occur as a token for a `re:` phrase to match: the alternatives of a leading group
 * `(?:a|b|c)` or a leading literal word. Undefined when the phrase starts otherwise (it then always runs).
 */
function regexAnchors(src: string): string[] | undefined {
  let lead: string[] | undefined;
  if (src.startsWith('(?:')) {
    let depth = 0, end = -1;
    for (let i = 0; i < src.length; i++) {
      if (src[i] === '(') depth++;
      else if (src[i] === ')') { depth--; if (depth === 0) { end = i; break; } }
    }
    if (end < 0 || src[end + 1] === '?' || src[end + 1] === '*') return undefined;
    lead = src.slice(3, end).split('|');
  } else {
    const m = /^[\p{L}-]+/u.exec(src);
    const rest = src.slice(m ? m[0].length : 0);
    if (!m || !(rest === '' || rest.startsWith(' ') || rest.startsWith('\\s'))) return undefined;
    lead = [m[0]];
  }
  const words = lead.map((a) => /^[\p{L}-]+/u.exec(a)?.[0]);
  if (words.some((w, i) => !w || (w !== lead![i] && !/^(?: |\\s)/.test(lead![i].slice(w.length))))) return undefined;
  return words as string[];
}

interface RegexPhrase { re: RegExp; anchors?: string[] }

function regexPhrase(src: string): RegexPhrase {
  return { re: new RegExp(`(?<!${L})(?:${src})(?!${L})`, 'u'), anchors: regexAnchors(src) };
}

function runRegex(r: RegexPhrase, keys: ReadonlySet<string>, low: string): boolean {
  if (r.anchors && !r.anchors.some((a) => keys.has(a))) return false;
  primeRegex(r.re);
  return r.re.test(low);
}

/** Compile a phrase list (see the syntax at the top of this file). */
export function compileCue(phrases: readonly string[]): Matcher {
  return new Matcher(phrases);
}

/**
 * The cue tables. Keys are `<item-or-topic>.<cue>`; deciders in evaluate.ts combine them.
 * Keep each list about one kind of language.
 */
export const CUE_PHRASES = {
  // — sentence modifiers —
  hedge: ['voor zover mogelijk', 'voor zover nodig', 'voor zover de middelen*', 'zo mogelijk', 'waar mogelijk', 'zoveel mogelijk',
    'zo veel mogelijk', 'indien mogelijk', 'indien nodig', 'indien gewenst', 'waar nodig', 'zo nodig', 'in principe', 'in beginsel',
    'eventueel', 'eventuele', 'naar vermogen', 'inspann*', 'spannen zich in', 'spant zich in', 'desgewenst', 'zo snel mogelijk'],
  deferred: ['nog te bepalen', 'nader te bepalen', 'nog nader te bepalen', 'nader uit te werken', 'nader uitwerken', 'nader uitgewerkt',
    'nader in te vullen', 'later te bepalen', 'volgt later', 'volgen later', 'volgen nog', 'volgt nog', 'p.m.', 'pro memorie',
    'wordt overwogen', 'worden overwogen', 'overwegen om', 'te zijner tijd', 't.z.t.', 'in het actieplan', 'in een actieplan',
    'in het uitvoeringsplan', 'in een later stadium', 'op een later moment', 'nog niet bekend', 'nog niet duidelijk', 'nog uit te werken',
    'onderzoeken of', 'verkennen of', 'nader bepalen', 'nader bepaald', 'nader vastgesteld', 'nog te vinden', 'wordt nog gezocht', 'dienen te worden', 'dient te worden betrokken'],
  negation: ['niet', 'geen', 'onvoldoende', 'ontbreekt', 'ontbreken', 'mist', 'missen', 'zonder', 'nooit', 'noch'],
  /** Something stated as absent: cancels the commitment items (not afbakening, where a "niet" is the point). */
  absence: ['er komt geen', 'er komen geen', 'er is geen', 'er zijn geen', 'niet beschikbaar', 'geen budget', 'geen geld', 'geen middelen', 'geen capaciteit',
    'ontbreekt', 'ontbreken', 'niet nodig', 'geen mensen', 'geen fte', 'geen formatie', 'geen projectleider', 'geen team', 'geen afspraken',
    'geen regels', 'geen besluit', 'geen bevoegdheid', 'geen bevoegdheden', 'geen mandaat', 'niet geregeld', 'nog niet geregeld', 'niet vastgelegd',
    'nog niet vastgelegd', 'niet gefinancierd', 'niet betaald'],
  optional: ['kan', 'kunnen', 'kunt', 'mag', 'mogen', 'zou', 'zouden'],
  intention: ['willen', 'wil', 'streven', 'streeft', 'ambitie', 'ambiëren', 'beogen', 'beoogt', 'wensen', 'hopen'],
  past: ['is|zijn|werd|werden ~ vastgesteld|besloten|genomen|gesloten|ondertekend', 'heeft ~ vastgesteld', 'hebben ~ vastgesteld', 'er is besloten'],
  cited: ['volgens het', 'volgens de', 'zoals opgenomen in', 'zoals vastgelegd in', 'landelijke doelstelling', 'landelijk doel', 'europese doelstelling',
    'het kabinet streeft', 'het rijk streeft'],

  // — K1 —
  opgaveProblem: ['probleem', 'problemen', 'problematiek', 'tekort', 'tekorten', '*tekort', '*tekorten', 'vergrijzing', 'eenzaamheid', 'eenzaam',
    'geïsoleerd', 'isolement', 'armoede', 'schulden', 'schuldenproblematiek', 'overlast', 'wachtlijst*', 'achterstand*', '*achterstand', '*achterstanden',
    'krapte', 'woningnood', 'woningtekort', 'verstoring*', 'geweld', 'geweldpleging*', 'criminaliteit', 'ondermijning', 'uitval', 'schooluitval',
    'laaggeletterd*', 'hittestress', 'wateroverlast', 'droogte', 'leegstand', 'verloedering', 'verrommeling', 'onveilig*', 'verslaving*',
    'dakloos*', 'daklozen', 'werkloosheid', 'zorgen over', 'knelpunt*', 'nood', 'druk op', 'onder druk', 'vastlopen', 'lopen vast',
    'niet goed geholpen', 'kwetsbare', 'kwetsbaar', 'biodiversiteit*', 'klimaatverandering', 'stikstof*',
    'gezondheidsachterstand*', 'overgewicht', 'mismatch', 'moeilijk vervulbare'],
  opgaveTrend: ['steeds meer', 'steeds minder', 'steeds vaker', 'neemt toe', 'nemen toe', 'neemt af', 'nemen af', 'stijgt', 'stijgen', 'groeit', 'groeien',
    'toenemend*', 'toename', 'afname', 'groeiend*', 'daalt', 'dalen', 'zal ontstaan', 'ontstaat', 'dreigt', 'dreigen', 'de komende jaren',
    'staat voor de taak', 'staan voor de taak', 'staat voor de opgave', 'staan voor de opgave', 'staat voor de uitdaging', 'staan voor de uitdaging',
    'naar verwachting'],
  opgaveSocietal: ['maatschappelijke opgave', 'maatschappelijk probleem', 'maatschappelijke problemen', 'maatschappelijk vraagstuk',
    'maatschappelijke vraagstukken', 'maatschappelijke behoefte*', 'maatschappelijke opgaven', 'maatschappelijk effect',
    'ten gunste|behoeve van de leefbaarheid|veiligheid|gezondheid|volksgezondheid|dienstverlening', 'ten gunste|behoeve van de openbare orde',
    'dienstverlening aan burgers|inwoners|bewoners|cliënten|ondernemers',
  ],
  /** Societal domains: an opgave only together with a problem or trend, not as a bare ambition. */
  opgaveDomain: ['leefbaarheid', 'openbare orde', 'volksgezondheid', 'bestaanszekerheid', 'kansengelijkheid', 'woningmarkt', 'energietransitie',
    'klimaatadaptatie', 'gezondheid', 'veiligheid van', 'welzijn van'],
  opgaveOrganisational: ['efficiënt*', 'efficiency', 'doelmatig*', 'kostenbesparing', 'lagere kosten', 'kosten te verminderen', 'beheerkosten',
    'bevoegdheden', 'samenloop', 'beleidsontwikkeling', 'bedrijfsvoering', 'onze organisatie', 'de organisatie', 'interne', 'voordeliger', 'innovatiever'],

  doelVerb: ['realiseren', 'realiseert', 'gerealiseerd', 'bereiken', 'bereikt', 'hebben', 'heeft', 'erbij', 'bijbouwen', 'bouwen', 'gebouwd',
    'halveren', 'halvering', 'verdubbelen', 'verminderen', 'vermindering', 'reduceren', 'reductie', 'verhogen', 'stijgen', 'dalen',
    'terugdringen', 'aanbieden', 'aanstelling', 'overstap', 'plaatsen', 'geplaatst', 'aan het werk', 'uitstroom', 'uitstromen',
    'beschikbaar', 'komt', 'komen', 'klaar', 'opgeleverd', 'opleveren', 'neutraal', 'aangesloten', 'aansluiten', 'diploma', 'zwemdiploma',
    'startkwalificatie', 'minder', 'meer', 'extra', 'nieuwe', 'ten minste', 'minimaal', 'tenminste', 'alle', 'elke', 'ieder', 'iedere', 'elk'],
  doelPrinciple: ['leidend principe', 'leidende principe', 'getoetst aan het principe', 'getoetst op het principe', 'toetsen aan het principe',
    'toetsen op het principe', 're:(?:het|als) (?:principe|uitgangspunt) [‘\'"“]', 'waar alle partners aan', 'waar iedere partner',
    'waarop elke partner', 'waar elke partner'],
  doelNotResult: ['besteed', 'besteden', 'besteding', 'budget', 'begroting', 'subsidie', 'rijksbijdrage', 'uitgaven', 'uitgegeven', 'verslag',
    'rapport*', 'binnen twee weken', 'binnen drie weken', 'reactietermijn', 'beslistermijn', 'schatting', 'geschat', 'naar schatting',
    'vergader*', 'bijeen'],

  afbakening: ['re:(?:mag|mogen|zal|zullen) (?:[^\\s.;:]+ ){0,4}niet (?:ten koste|meer (?:dan|belopen|bedragen)|worden (?:gebruikt|ingezet|gedeeld)|onder)', 'onthouden zich', 'onthoudt zich',
    'kiezen|kiest|nemen|neemt|doen|doet|leveren|levert|bieden|biedt geen', 'niet meer dan', 'valt buiten', 'vallen buiten', 'buiten de reikwijdte', 'buiten het bereik', 'buiten beschouwing', 'niet bedoeld', 'niet bestemd',
    'geen onderdeel', 'maakt geen deel uit', 'maken geen deel uit', 'geen deel uitmaken', 'uitgezonderd', 'met uitzondering van',
    'uitsluitend', 'uitdrukkelijk niet', 'beperkt zich tot', 'beperken zich tot', 'blijft buiten', 'blijven buiten', 'valt niet onder',
    'vallen niet onder', 'is niet van toepassing', 'zijn niet van toepassing', 'we|wij doen|realiseren|bouwen|kiezen|willen|maken|gaan ~ geen',
    'en niet bij|in|voor|aan|op|via|door', 'vindt|vinden geen', 'geen ~ vindt|vinden plaats',
    'niet voor rekening', 'is geen', 'zijn geen', 'niet gedeeld', 'worden niet gedeeld',
    'alleen voor', 'uitsluiting'],

  afnemerSpecific: ['starters', 'senioren', 'ouderen', '80-plussers', '65-plussers', 'mantelzorgers', 'mantelzorger', 'scholieren', 'leerlingen', 'studenten',
    'ouders', 'jongeren', 'jeugdigen', 'kinderen', 'gezinnen', 'gezinssysteem', 'huurders', 'woningzoekenden', 'werkzoekenden', 'uitkeringsgerechtigden',
    'statushouders', 'nieuwkomers', 'vluchtelingen', 'cliënten', 'cliënt', 'patiënten', 'zorgvragers', 'hulpvragers', 'klanten', 'bezoekers',
    'reizigers', 'slachtoffers', 'abonnees', 'gebruikers', 'consumenten', 'deelnemers aan',
    'lage inkomens', 'middeninkomens', 'minima', 'laaggeletterden', 'doelgroep', 'doelgroepen', 'mensen met een beperking', 'mensen met',
    'inwoners met', 'bewoners van', 'inwoners van deze', 'stadsbewoners', 'buurtbewoners', 'omwonenden', 'ondernemers in', 'mkb',
    'kandidaten', 'aanvragers', 'cursisten', 'volwassenen', 'huishoudens', 'inwoners die', 'mensen die', 'bewoners die', 'burgers die', 'zzp*', 'werkgevers', 'werknemers', 'vraaggestuurd', 'vraagsturing', 'opdrachtgevers', 'afnemers',
    'burgers met', 'jeugd'],
  afnemerGeneric: ['inwoners', 'bewoners', 'burgers', 'burger', 'de samenleving', 'samenleving', 'iedereen', 'bedrijven', 'het publiek', 'de inwoner'],

  behoefte: ['als inwoner|burger|ouder|cliënt|klant|gebruiker|bewoner|ondernemer|jongere|patiënt|professional wil ik',
    're:(?:inwoners|bewoners|ouders|cliënten|klanten|gebruikers|jongeren|ouderen|burgers|patiënten|huurders|ondernemers|scholen|leerlingen) (?:willen|vragen om|vragen naar|verwachten|hebben behoefte|zijn gebaat|hebben recht op|moeten kunnen)',
    'behoefte|behoeften van|bij ~ aan', 'behoefte aan', 'behoefte hebben aan', 'vraag naar', 'vraagt om', 'vragen om', 'woonbehoefte*',
    'één aanspreekpunt', 'één contactpersoon', 'één gezicht', 'een vast gezicht', 'vertrouwd gezicht', 'kastje naar de muur',
    'niet steeds opnieuw', 'hun verhaal', 'wensen en eisen van'],
  behoefteQuality: ['dichtbij', 'dicht bij huis', 'dichter bij huis', 'in de buurt', 'snel geholpen', 'sneller geholpen', 'passende zorg', 'passende ondersteuning',
    'passend onderwijs', 'passende woning*', 'betaalbare woning*', 'betaalbaar', 'toegankelijk', 'begrijpelijk', 'eenvoudig', 'op maat',
    'veilig', 'gezond', 'zelfstandig', 'snel', 'duidelijk',
    'één loket', 'één plek', 'bereikbaar'],
  behoefteWeak: ['behoefte', 'behoeften', 'wensen'],

  betrokkenheid: ['cliëntenraad', 'cliëntenraden', 'clientenraad', 'cliëntenpanel', 'bewonerspanel', 'inwonerspanel', 'klantenpanel', 'burgerpanel',
    'inwonerforum', 'inwonersforum', 'burgerforum', 'burgerberaad', 'bewonersraad', 'jongerenraad', 'jongerenpanel', 'ouderraad', 'adviesraad', 'wmo-raad',
    'participatieraad', 'huurdersorganisatie*', 'huurdersvereniging*', 'ervaringsdeskundig*', 'co-design', 'codesign', 'cocreatie', 'co-creatie',
    'klanttevredenheid*', 'tevredenheidsonderzoek', 'cliëntervaringsonderzoek', 'klantreis', 'gebruikerstest*', 'gebruikersonderzoek',
    'samen met de|onze? inwoners|bewoners|ouders|jongeren|cliënten|buurt|wijk|initiatiefnemers|gebruikers|leerlingen|ondernemers|burgers',
    're:met (?:de )?(?:inwoners|bewoners|burgers|gebruikers|jongeren|ouders) (?:\\p{L}+ ){0,8}(?:bedenken|ontwerpen|ontwikkelen|opstellen|inrichten|testen|geopend|uitwerken|vormgeven|kiezen|bepalen)',
    're:(?:testen|toetsen) (?:\\p{L}+ ){0,2}met (?:burgers|inwoners|gebruikers|cliënten)',
    'oordeel van', 'hun oordeel', 'oordeel over het', 'tevredenheid', 'raadplegen', 'raadpleging', 'enquête', 'peiling', 'bewonersavond*',
    're:(?:programmaraad|klankbordgroep|adviesraad|gebruikersraad|gebruikersgroep) (?:\\p{L}+ ){0,12}(?:advies|adviseert|rol bij|beoordeelt|denkt mee|meedenken)',
    'vertegenwoordigers van de gebruikers|afnemers|cliënten|klanten', 'op initiatief van bewoners', 'bewonersinitiatie*',
    'gevraagd om mee te', 'denken mee', 'denkt mee'],
  betrokkenheidNot: ['geïnformeerd', 'informeren', 'zienswijze', 'bezwaar', 'beroep', 'dienen te worden betrokken', 'worden betrokken bij',
    'ontvangen een brief', 'kennisgeving', 'toestemming'],

  eigenbelang: ['meerwaarde', 'eigen belang', 'eigenbelang', 'belang bij', 'gemeenschappelijk belang', 'gezamenlijk belang', 'gedeeld belang',
    'in ruil voor', 'wederzijds*', 'win-win', 'winwin', 'profiteren ~ van elkaars|elkaar', 'profiteren ~ van de wederzijdse',
    'beide|alle partijen|partners|colleges|organisaties ~ profiteren', 'voordeel voor beide', 'voordelen voor alle',
    'bijdrage aan de eigen', 'eigen doelen', 'eigen doelstellingen', 'unieke kennis', 'unieke expertise',
    'brengt|brengen ~ kennis|expertise|netwerk|netwerken|deskundigheid ~ in',
    'als politie|gemeente|gemeenten|school|scholen|corporatie|corporaties|zorgaanbieder|zorgaanbieders|provincie|werkgever|werkgevers ~ kost|kosten|winnen|besparen|hebben',
  ],
  eigenbelangGain: ['wint', 'winnen', 'bespaart', 'besparen', 'voordeel', 'profijt'],
  eigenbelangNot: ['achten het wenselijk', 'onderschrijven het belang', 'onderschrijven', 'erkennen het belang'],

  lastBaat: ['belastend|kostbaar|tijdrovend|arbeidsintensief|nadelig|schadelijk voor', 'een last voor', 'een belasting voor', 'ten koste van', 'last van', 'lasten', 'dragen|draagt de? gevolgen|lasten', 'de dupe', 'lijden onder', 'lijdt onder',
    'profiteren', 'profiteert', 'baat bij', 'baten', 'gevolgen voor', 'ingrijpende gevolgen',
    'besparing*', 'bespaart',
    'ten goede aan', 'ten goede komen', 'komt ten goede', 'komen ten goede', 'wie betaalt de prijs', 'betalen de prijs', 'winst voor'],

  // — K2 —
  rollenVerb: ['verbindt|verbinden zich', 'draagt zorg', 'dragen zorg', 'zorgt voor', 'zorgen voor', 'levert', 'leveren', 'financiert', 'financieren', 'betaalt',
    'betalen', 'bekostigt', 'bekostigen', 'stelt|stellen|stelde ~ beschikbaar', 'stelt|stellen|stelde ~ ter beschikking', 'verantwoordelijk voor',
    'neemt ~ op zich', 'nemen ~ op zich', 'voert ~ uit', 'voeren ~ uit', 'verzorgt', 'verzorgen', 'ontvangen een', 'ontvangt een', 'besteedt', 'besteden',
    'is de? beheerder|eigenaar|trekker|penvoerder|opdrachtgever|uitvoerder|contactorgaan|aanspreekpunt', 'heeft tot taak', 'hebben tot taak',
    'heeft als taak', 'hebben als taak', 'is|zijn bevoegd', 'plaatst', 'ondersteunt', 'ondersteunen', 'biedt', 'bieden', 'geeft opdracht', 'geven opdracht',
    'wordt|worden ~ verzorgd|geleverd|gefinancierd|uitgevoerd|betaald|gedragen|georganiseerd|verstrekt|beheerd door',
    'voor rekening van', 'neemt ~ voor zijn rekening', 'neemt ~ voor haar rekening', 'stelt ~ aan', 'wijst ~ aan', 'zet ~ in', 'zetten ~ in',
    'verstrekt', 'verstrekken', 'monitort', 'evalueert', 'werft', 'werven', 'begeleidt', 'begeleiden', 'coördineert', 'verzamelt', 'registreert',
    'vordert', 'treedt op', 'treden op', 'handhaaft', 'adviseert', 'adviseren', 'rapporteert', 'brengt ~ verslag uit', 'zendt', 'stelt ~ op', 'faciliteert',
    'organiseert', 'organiseren', 'neemt deel', 'nemen deel', 'investeert', 'investeren'],
  rollenChairOnly: ['voorgezeten', 'voorzitter', 'voorzitterschap', 'secretariaat', 'secretaris'],

  aanspreekbaar: ['aanspreekbaar', 'verantwoording af', 'legt|leggen|afleggen ~ verantwoording', 'spreken elkaar aan', 'elkaar aanspreken',
    'aanspreken op', 'eindverantwoordelijk*', 'in gebreke', 'ingebrekestelling', 'brengt|brengen ~ verslag uit', 'rapporteert aan',
    'rapporteren aan', 'kan|mag de|het andere|ander|overige partij|college|partner', 'niet-naleving', 'niet naleven',
    'niet nakomen', 'niet-nakoming', 'sanctie*', 'terugvorder*', 'teruggevorderd', 'verantwoordelijk voor het geheel',
    'verantwoordelijk voor het totaal', 'verantwoordelijk voor de samenhang', 'het totaal van de',
    'verantwoording over', 'verantwoordingsplicht', 'toezicht op de naleving',
    'houden elkaar', 'houdt de partners', 'stelt ~ aansprakelijk', 'aansprakelijk', 'boete', 'vergunning ~ weigeren|intrekken'],
  aanspreekbaarNot: ['niet afdwingbaar', 'geen afdwingbare', 'niet juridisch afdwingbaar', 'eigen taken', 'eigen deel', 'inspanningsverplichting',
    'moreel appèl', 'vrijblijvend'],

  spelregels: ['geschil', 'geschillen', 'geschillenregeling', 'escalatieprocedure', 'escalatieladder', 'escalatie naar', 'escaleren|escaleert|geëscaleerd ~ naar', 'arbitrage', 'bindend advies', 'mediation', 'bemiddeling',
    'opzeg*', 'uittreden', 'uittreding', 'treedt uit', 'treden uit', 'beëindig*', 'looptijd', 'verlaten', 'toetreden', 'toetreding', 'treedt toe', 'toe te treden',
    'bij meerderheid', 'meerderheid van stemmen', 'unaniem', 'unanimiteit', 'consensus', 'met wederzijdse? instemming van alle|beide? partijen|partners|deelnemers',
    'ter goedkeuring', 'goedgekeurd', 'goedkeuring', 'kan|kunnen|wordt|worden ~ gewijzigd',
    'wijziging van dit', 'wijziging van deze', 'in onderling overleg gewijzigd', 'spelregels',
    'spelregel'],
  spelregelsEvalObject: ['samenwerking', 'convenant', 'overeenkomst', 'protocol', 'afspraken', 'regeling', 'partijen', 'partners', 'het project', 'de pilot',
    'de proef', 'het proces', 'de werking', 'dit besluit', 'deze aanwijzing', 'de regeling', 'het programma', 'de aanpak', 'de coalitie', 'het netwerk'],
  spelregelsEval: ['wordt|worden ~ geëvalueerd|bekeken|herzien|doorgelicht', 'evalueren', 'evaluatie', 'evalueert', 'audit', 'audits',
    'visitatie', 'bijstellen', 'tussentijds', 'monitoren', 'monitoring'],
  spelregelsNot: ['vergadert', 'vergaderen', 'komt ~ bijeen', 'komen ~ bijeen', 'bepaalt zelf', 'eigen werkwijze', 'coöpt*', 'co-opt*', 'toevoegen van leden',
    'leden toevoegen', 'in werking treedt', 'treedt in werking', 'treden in werking'],

  mandaat: ['met mandaat', 'met voldoende mandaat', 'gemandateerd', 'mandaat van', 'namens', 'vertegenwoordigd door', 'te dezen vertegenwoordigd',
    'rechtsgeldig vertegenwoordigd', 'op voordracht van', 'als vertegenwoordiger van',
    'ter goedkeuring ~ voorgelegd aan het|de college|colleges|bestuur|besturen|raad|directie', 'instemming van het bestuur',
    'instemming van de besturen', 'goedkeuring van de colleges', 'goedkeuring van beide', 'bestuurlijk vertegenwoordigd', 'bestuurlijke vertegenwoordiger*',
    'tekenbevoegd', 'besluit namens', 'gesteund door', 'met steun van de eigen', 'achterban'],
  mandaatNot: ['onvoldoende mandaat', 'geen mandaat', 'zonder mandaat', 'mist ~ mandaat', 'missen ~ mandaat', 'ontbreekt ~ mandaat', 'op ambtelijk niveau',
    'op vrijwillige basis', 'vrijblijvend'],

  // — K3 —
  financiering: ['betaalt', 'betalen', 'betaald door', 'financiert', 'financieren', 'gefinancierd door', 'bekostigt', 'bekostigen', 'bekostigd door',
    'draagt|dragen ~ kosten', 'kosten worden verdeeld', 'komt voor rekening', 'komen voor rekening', 'voor rekening van', 'naar rato',
    'gelijkelijk', 'de helft', '% van de *kosten', 'cofinanci*', 'gezamenlijk fonds', 'gezamenlijke pot', 'bijdrage van',
    'bijdragen van', 'uitgekeerd', 'subsidie aan', 'subsidie van', 'verleent subsidie', 'verlenen subsidie', 'tekort ~ voor', 'overschrijding*',
    'dekking uit', 'gedekt uit', 'uit de reserve', 'kostenverdeling', 'bijdrage per', 'financieel risico', 'draagt het risico', 'dragen het risico'],
  financieringWeak: ['financiering', 'fonds', 'subsidie*', 'ter beschikking gesteld', 'stelt|stellen|stelde ~ beschikbaar', 'beschikbaar gesteld',
    'reserve', 'risico', 'investering*', 'investeert', 'investeren', 'begroting', 'structureel', 'incidenteel', 'incidentele', 'opbrengst*', 'budget', 'bestaande uit'],
  /** One authority granting money to recipients (a vertical grant relation, guide §4). */
  grant: ['ontvangt|ontvangen een|de rijksbijdrage|bijdrage|subsidie|uitkering', 'verleent|verlenen subsidie', 'subsidie wordt verleend', 'subsidieverlening',
    'wordt ~ uitgekeerd', 'worden ~ uitgekeerd', 'subsidieontvanger*', 'de aanvrager'],
  financieringNot: ['voor zover mogelijk', 'schatting', 'geschat', 'volgen later', 'volgt later', 'nog te vinden', 'nog gezocht', 'over financiering', 'nader te bepalen'],

  mensenApparatus: ['projectleider', 'projectleiders', 'programmamanager', 'programmaleider', 'programmabureau', 'projectbureau', 'projectteam', 'programmateam',
    'kwartiermaker', 'coördinator', 'coordinator', 'regisseurs', '*regisseurs', 'uitvoeringsteam', 'kernteam', 'werkapparaat',
    'secretariaat', 'ambtelijk secretaris', 'contactpersoon', 'contactpersonen', 'aanspreekpunt', 'steunpunt',
    'wordt geleid door', 'onder leiding van', 'directeur', 'beheerder',
    'wijkteam', 'lokaal team', 'jeugdteam', 'uitvoeringsorganisatie', 'begeleider', 'mentor', 'trajectbegeleider',
    'casemanager', 'opgenomen in de formatie', 'boa', "boa's", 'beheerorganisatie', 'informatiepunt', 'meldpunt', 'steunpunt', 'expertisecentrum',
    'kenniscentrum', '*team'],
  mensenNot: ['voldoende capaciteit', 'voldoende menskracht', 'de benodigde capaciteit', 'waar nodig', 'indien nodig', 'nog te bepalen', 'nog in te vullen',
    'vacature', 'te werven', 'worden gezocht'],

  besliskracht: ['stelt|stellen ~ vast', 'besluit|besluiten|beslist|beslissen ~ over|tot|of|bij|binnen|samen|op|welke|wie|dat',
    'beslist', 'beslissen', 'beslissing', 'doorzettingsmacht', 'mandateert', 'mandateren', 'het primaat', 'primaat ligt', 'kan besluiten', 'kunnen besluiten',
    'neemt het besluit', 'nemen het besluit', 'neemt besluiten', 'nemen besluiten', 'besluitvorming', 'ter goedkeuring', 'goedkeuring van', 'instemming van',
    'is|zijn bevoegd', 'bevoegdheid', 'bevoegdheden', 'bevoegd gezag', 'prevaleert',
    'beslisregel*', 'bij meerderheid', 'unaniem', 'vetorecht', 'veto', 'het laatste woord',
    'wijst ~ toe', 'stemt in', 'stemmen in', 'het is aan ~ om', 'is het aan ~ om'],
  besliskrachtNot: ['uitbreiding van het aantal', 'samenstelling van', 'nieuwe leden', 'toevoegen van', 'agendeert', 'agenderen', 'coördineert', 'coördineren', 'bewaakt', 'bewaken', 'leidt tot afspraken', 'er is besloten'],

  juridischForm: ['convenant', 'convenanten', 'samenwerkingsovereenkomst', 'overeenkomst', 'samenwerkingsprotocol', 'protocol', 'gemeenschappelijke regeling',
    'stichting', 'vereniging', 'coöperatie', 'intentieverklaring', 'allianceovereenkomst', 'alliantiecontract', 'alliantieovereenkomst', 'instellingsbesluit',
    'beleidsregel', 'beleidsregels', 'aanwijzing', 'regeling', 'verordening', 'besluit', 'akkoord', 'coalitieakkoord', 'bestuursakkoord', 'prestatieafspraken',
    'mondelinge afspraken', 'mondeling', 'overeenkomsten', 'contract', 'contracten', 'samenwerkingsverband', 'bestuursovereenkomst', 'intentieovereenkomst'],
  juridischThis: ['re:(?:dit|deze|het onderhavige|onderhavig) (?:convenant|protocol|samenwerkingsprotocol|overeenkomst|samenwerkingsovereenkomst|akkoord|coalitieakkoord|regeling|aanwijzing|besluit|intentieverklaring|beleidsregels?|instellingsbesluit)',
    're:(?:sluiten|gesloten|aangaan|aangegaan|ondertekenen|ondertekend|richten|opgericht|instellen|ingesteld|vastgesteld|vaststelling van) (?:\\p{L}+ ){0,6}(?:convenant|overeenkomst|protocol|gemeenschappelijke regeling|stichting|akkoord|regeling)',
    're:(?:convenant|overeenkomst|protocol|akkoord) (?:\\p{L}+ ){0,4}(?:gesloten|ondertekend|aangegaan)', 'hierna te noemen', 'komen het volgende overeen', 'komen overeen',
    'ondertekend in', 'aldus overeengekomen', 'getekend', 'ondertekening', 'treedt in werking', 'wordt aangehaald als', 'in werking', 'overeengekomen in', 'er is een'],

  werkprocessen: ['centrale loket', 'centraal loket', 'één ingang', 'één toegang', 'één aanmeldpunt', 'kent|kennen|doorloopt|doorlopen ~ fasen|fases|stappen', 'bestaat uit ~ fasen|fases|stappen', 'één loket', 'werkproces', 'werkprocessen', 'standaard', 'standaarden', 'definitie', 'definities', 'gezamenlijke registratie',
    'verwijsroute', 'doorverwijz*', 'doorverwezen', 'verwijzing naar', 'casusoverleg', 'intake', 'gegevensuitwisseling', 'informatie-uitwisseling',
    'informatieverstrekking', 'binnen ~ werkdagen|dagen|weken',
    'stappenplan', 'zorgroute', 'triage', 'centraal meldpunt',
    'interface', 'kwaliteitseisen', 'consistente|eenduidige|uniforme wijze', 'uniforme',
    'procedure voor|bij|van', 'gezamenlijk behandel*', 'gezamenlijke behandeling', 'ketenproces', 'werkafspraken over'],
  werkprocessenWeak: ['procedure', 'procedures', 'protocol', 'registratie', 'verwijs*', 'uitwisseling van', 'verstrekt', 'verstrekken', 'verstrekking', 'werkwijze',
    'afhandeling', 'afgehandeld', 'behandeling van', 'route', 'meldingen', 'werkplan', 'koppeling', 'aansluiten op', 'aansluiting op', 'documentatie',
    'gekoppeld aan', 'gezamenlijke aanpak', 'afstemming'],
  werkprocessenNot: ['integrale inzet', 'integrale werkwijze', 'bevorderen', 'versterken van de samenwerking', 'streven naar', 'zoveel mogelijk', 'als principe', 'eigen interne'],

  pcReport: ['wordt|worden ~ geëvalueerd|bekeken|herzien|doorgelicht', 'rapport', 'rapporteert', 'rapporteren', 'rapportage*', 'verslag', 'verslaglegging', 'evaluatie', 'evalueren', 'evalueert', 'geëvalueerd', 'monitor*',
    'indicator*', 'audit', 'audits', 'voortgangsrapport*', 'voortgang', 'verantwoording', 'dashboard', 'meten', 'gemeten', 'metingen',
    'effectmeting', 'jaarverslag', 'jaarrapport*', 'jaarplan', 'werkplan', 'jaarprogramma', 'bijstellen', 'tussenbalans', 'mijlpaal', 'mijlpalen',
  ],
  pcPrinciple: ['als principe', 'cyclisch', 'continu', 'periodiek', 'doelenboom', 'regelmatig'],

  // — K4 —
  regietype: ['procesregie', 'procesregisseur', 'ordeningsregie', 'ordenende regie', 'orderingsregie', 'uitvoeringsregie', 'uitvoerende regie', 'casusregie',
    'casusregisseur', 'zonder eigen belang', 'participatieladder', 're:(?:faciliterende|stimulerende|regulerende|regisserende) (?:rol|overheid)(?: ~)?[:,;]',
    're:(?:loslaten|faciliteren|stimuleren|regisseren|reguleren)[:;] ', 'als medespeler', 'met eigen geld en mensen', 'vanuit (?:onze|haar|zijn) eindverantwoordelijkheid',
    'als het vastloopt', 'wanneer het vastloopt', 'als het stokt', 'wanneer het stokt'],
  regieAuthority: ['aangewezen als', 'aangewezen tot', 'wijzen|wijst ~ aan als', 'benoemd tot', 'benoemd als', 'benoemt', 'voorgezeten door',
    'als verantwoordelijke', 'op grond van artikel', 'op grond van de wet', 'bij besluit',
    'wordt ~ bepaald', 'moet ~ worden bepaald', 'op voordracht', 'door de partners gekozen', 'door alle partijen',
    'namens', 'gemandateerd', 'met mandaat', 'in opdracht van alle', 'op verzoek van de partners'],
  eenzijdig: ['neemt de regie', 'nemen de regie', 'pakt de regie', 'pakken de regie', 'trekt de regie', 'trekken de regie', 'neemt regie', 'nemen regie', 'pakken regie',
    'pakt regie', 'claimt de regie', 'houdt de regie'],
  regieMeans: ['mandaat', 'gemandateerd', 'bevoegdheid', 'bevoegdheden', 'doorzettingsmacht', 'vergunning', 'bevel', 'noodverordening',
    'aanwijzingsbevoegdheid', 'geeft|geven ~ opdracht', 'opdrachten', 'budget', 'begroting', 'fonds', 'formatie', 'fte', 'programmabureau',
    'projectleider', 'mogelijkheid om', 'de mogelijkheid', 'instrumenten', 'instrumentarium', 'wettelijke mogelijkhe*', 'wettelijke instrumenten',
    'mogelijkheid|mogelijkheden|instrumenten|middelen|bevoegdheden om ~ sturen|handhaven|dwingen|grijpen|treden', 'verordening', 'handhav*', 'sancti*', 'weigeren', 'opleggen', 'betaalt', 'financiert', 'geeft opdracht'],
  mogen: ['wettelijke taak', 'wettelijk', 'wettelijke', 'op grond van', 'bevoegd', 'bevoegdheid', 'bevoegdheden', 'basistaak', 'kerntaak', 'artikel ~ wet|gemeentewet|sv|sr',
    'gemeentewet', 'wetboek', 'onze taak', 'taak van de gemeente', 'zorgplicht'],
  willen: ['prioriteit', 'hoge prioriteit', 'topprioriteit', 'speerpunt', 'speerpunten', 'voorrang', 'kiezen voor', 'kiezen ervoor', 'we kiezen', 'wij kiezen',
    'gaat voor', 'heeft prioriteit', 'prioriteren', 'prioritering'],
  kunnen: ['expertise', 'deskundigheid', 'kennis en ervaring', 'capaciteit', 'fte', 'formatie', 'budget', 'middelen', 'informatiepunt', 'projectleider', 'programmabureau'],
  leadership: ['leiderschap', 'trekker', 'trekkersrol', 'voortouw', 'penvoerder', 'aanjager', 'kartrekker', 'leidende rol', 'de leiding', 'leidt de',
    'coördineert de', 'coördineert het', 'coördinerende rol', 'coördinator', 'is voorzitter', 'de voorzitter', 'zit ~ voor', 'stuurt ~ aan', 'sturen ~ aan', 'aansturing', 'stuurt op', 'sturen op', 'procesbegeleider', 'procesbegeleiding'],
  jointBoard: ['stuurgroep', 'bestuurlijke kerngroep', 'bestuurscommissie', 'regieteam', 'kernteam', 'bestuurlijk overleg', 'dagelijks bestuur', 'algemeen bestuur'],
} as const;

export type CueId = keyof typeof CUE_PHRASES;
export const CUE_IDS = Object.keys(CUE_PHRASES) as CueId[];
const CUE_COUNT = CUE_IDS.length;
let compiledCues: Record<CueId, Matcher> | undefined;
function cueMatcher(id: CueId): Matcher {
  compiledCues ??= Object.fromEntries(CUE_IDS.map((k) => [k, new Matcher(CUE_PHRASES[k], false)])) as Record<CueId, Matcher>;
  return compiledCues[id];
}

/**
 * What one token key can start, in the combined index: phrases whose first step is this literal (bit, steps
 * from the second step on), phrases with an affix/gap/optional first step that can start here (bit, all
 * steps), and the `re:` phrases that have this key as an anchor. Built per key on first sight and cached.
 */
interface KeyEntry {
  firstBits: number[]; firstSteps: Step[][]; affixBits: number[]; affixSteps: Step[][]; anchors: number[];
  /** Phrases from this first key whose second step is a literal, by that literal (so "de" tries only "de samenwerking …" after "samenwerking"). */
  second?: Map<string, { bits: number[]; steps: Step[][] }>;
}

interface AllIndex {
  /** Static part per literal first key (affix lists are added per key in `keyEntry`). */
  byFirst: Map<string, KeyEntry>;
  affix: Array<[number, Step[]]>;
  /** The affix phrases by kind of first step: `word*` by its text, `*word` by its text, the rest (gap, optional). */
  byPrefix: Map<string, Array<[number, Step[]]>>;
  bySuffix: Map<string, Array<[number, Step[]]>>;
  always: Array<[number, Step[]]>;
  /** Lengths of the texts in byPrefix / bySuffix (ascending). */
  prefixLengths: number[];
  suffixLengths: number[];
  /** The first (last) `prefixLengths[0]` (`suffixLengths[0]`) characters of every prefix (suffix) text: a key without one of them has no affix phrase. */
  prefixHeads: Set<string>;
  suffixTails: Set<string>;
  regexBits: number[];
  regexes: RegexPhrase[];
  /** Number of registered matchers covered (bits CUE_COUNT … CUE_COUNT + matchers - 1). */
  matchers: number;
  size: number;
}
let theIndex: AllIndex | undefined;

const EMPTY_NUMS: number[] = [];
const EMPTY_STEPS: Step[][] = [];

/**
 * One index over all cue tables and all registered matchers (built on first use): a single pass over a
 * sentence's tokens sets every bit. Bit b < CUE_COUNT is cue CUE_IDS[b]; bit CUE_COUNT + m is REGISTRY[m].
 */
function allIndex(): AllIndex {
  if (theIndex) return theIndex;
  const byFirst = new Map<string, KeyEntry>();
  const affix: Array<[number, Step[]]> = [];
  const regexBits: number[] = [];
  const regexes: RegexPhrase[] = [];
  const entry = (k: string): KeyEntry => {
    let e = byFirst.get(k);
    if (!e) byFirst.set(k, (e = { firstBits: [], firstSteps: [], affixBits: EMPTY_NUMS, affixSteps: EMPTY_STEPS, anchors: [] }));
    return e;
  };
  // Each table is parsed as a Matcher parses its phrases; the index only records which bit each phrase sets.
  const add = (bit: number, phrases: readonly string[]): void => {
    const c = compilePhraseList(phrases);
    for (const [first, lists] of c.byFirst) {
      const e = entry(first);
      for (const steps of lists) { e.firstBits.push(bit); e.firstSteps.push(steps); }
    }
    for (const steps of c.affixFirst) affix.push([bit, steps]);
    for (const r of c.regexes) { regexBits.push(bit); regexes.push(r); }
  };
  CUE_IDS.forEach((id, cue) => add(cue, CUE_PHRASES[id]));
  const matchers = REGISTRY.length;
  for (let m = 0; m < matchers; m++) add(CUE_COUNT + m, REGISTRY[m].phrases);
  regexes.forEach((r, i) => { if (r.anchors) for (const a of new Set(r.anchors)) entry(a).anchors.push(i); });
  for (const e of byFirst.values()) {
    const bits: number[] = [], steps: Step[][] = [];
    for (let j = 0; j < e.firstBits.length; j++) {
      const st = e.firstSteps[j];
      if (st.length >= 2 && st[1].kind === 'lit') {
        e.second ??= new Map();
        let x = e.second.get(st[1].text);
        if (!x) e.second.set(st[1].text, (x = { bits: [], steps: [] }));
        x.bits.push(e.firstBits[j]); x.steps.push(st);
      } else { bits.push(e.firstBits[j]); steps.push(st); }
    }
    e.firstBits = bits; e.firstSteps = steps;
  }
  const byPrefix = new Map<string, Array<[number, Step[]]>>();
  const bySuffix = new Map<string, Array<[number, Step[]]>>();
  const always: Array<[number, Step[]]> = [];
  for (const x of affix) {
    const st = x[1][0];
    const m = st.kind === 'prefix' ? byPrefix : st.kind === 'suffix' ? bySuffix : undefined;
    if (!m) { always.push(x); continue; }
    const l = m.get(st.text);
    if (l) l.push(x); else m.set(st.text, [x]);
  }
  const lengths = (m: Map<string, unknown>): number[] => [...new Set([...m.keys()].map((k) => k.length))].sort((a, b) => a - b);
  const prefixLengths = lengths(byPrefix), suffixLengths = lengths(bySuffix);
  const prefixHeads = new Set([...byPrefix.keys()].map((k) => k.slice(0, prefixLengths[0])));
  const suffixTails = new Set([...bySuffix.keys()].map((k) => k.slice(k.length - suffixLengths[0])));
  return (theIndex = {
    byFirst, affix, byPrefix, bySuffix, always, prefixLengths, suffixLengths, prefixHeads, suffixTails,
    regexBits, regexes, matchers, size: CUE_COUNT + matchers,
  });
}

/** Per token key: its static entry plus the affix phrases that can start at it (cached, bounded). */
const keyEntries = new Map<string, KeyEntry>();
const EMPTY_ENTRY: KeyEntry = { firstBits: EMPTY_NUMS, firstSteps: EMPTY_STEPS, affixBits: EMPTY_NUMS, affixSteps: EMPTY_STEPS, anchors: EMPTY_NUMS };
function keyEntry(index: AllIndex, key: string): KeyEntry {
  let e = keyEntries.get(key);
  if (e) return e;
  const base = index.byFirst.get(key) ?? EMPTY_ENTRY;
  const affixBits: number[] = [];
  const affixSteps: Step[][] = [];
  // Exactly what `affixCandidates` selects: a `word*` first step must be a prefix of the key, a `*word` first step a
  // suffix (looked up by each prefix/suffix length that occurs), gaps and optional first steps always.
  const push = (list: Array<[number, Step[]]> | undefined): void => { if (list) for (const [bit, steps] of list) { affixBits.push(bit); affixSteps.push(steps); } };
  push(index.always);
  const pl = index.prefixLengths, sl = index.suffixLengths;
  if (pl.length && key.length >= pl[0] && index.prefixHeads.has(key.slice(0, pl[0]))) {
    for (const n of pl) { if (n > key.length) break; push(index.byPrefix.get(key.slice(0, n))); }
  }
  if (sl.length && key.length >= sl[0] && index.suffixTails.has(key.slice(key.length - sl[0]))) {
    for (const n of sl) { if (n > key.length) break; push(index.bySuffix.get(key.slice(key.length - n))); }
  }
  // Nothing starts at this key: share one empty entry instead of allocating one per word.
  e = base === EMPTY_ENTRY && affixBits.length === 0 ? EMPTY_ENTRY
    : { firstBits: base.firstBits, firstSteps: base.firstSteps, affixBits: affixBits.length ? affixBits : EMPTY_NUMS, affixSteps: affixSteps.length ? affixSteps : EMPTY_STEPS, anchors: base.anchors, second: base.second };
  if (keyEntries.size >= 50000) keyEntries.clear();
  keyEntries.set(key, e);
  return e;
}

/** All bits of a sentence (cues and registered matchers), cached by the sentence text (offset-free); bounded. */
const bitsCache = new Map<string, Uint8Array>();
function sentenceBits(s: Sentence): Uint8Array {
  let bits = bitsCache.get(s.raw);
  if (bits) return bits;
  const index = allIndex();
  bits = new Uint8Array(index.size);
  // Computed once per sentence text (the bits are cached), so the keys are not kept.
  const keys = keyCache.get(s.raw) ?? s.tokens.map(tokenKey);
  let maybe: Uint8Array | undefined;
  for (let i = 0; i < keys.length; i++) {
    const e = keyEntry(index, keys[i]);
    const fb = e.firstBits;
    for (let j = 0; j < fb.length; j++) if (!bits[fb[j]] && matchFrom(keys, i + 1, e.firstSteps[j], 1)) bits[fb[j]] = 1;
    // Second step a literal: it must be the next key (what matchFrom would check first).
    const x = e.second && i + 1 < keys.length ? e.second.get(keys[i + 1]) : undefined;
    if (x) for (let j = 0; j < x.bits.length; j++) if (!bits[x.bits[j]] && matchFrom(keys, i + 2, x.steps[j], 2)) bits[x.bits[j]] = 1;
    const ab = e.affixBits;
    for (let j = 0; j < ab.length; j++) if (!bits[ab[j]] && matchFrom(keys, i, e.affixSteps[j], 0)) bits[ab[j]] = 1;
    const an = e.anchors;
    if (an.length) { maybe ??= new Uint8Array(index.regexes.length); for (let j = 0; j < an.length; j++) maybe[an[j]] = 1; }
  }
  // A `re:` phrase runs only when one of its anchors occurs as a token (see `regexAnchors`), or when it has none.
  for (let r = 0; r < index.regexes.length; r++) {
    const bit = index.regexBits[r];
    if (bits[bit]) continue;
    if (index.regexes[r].anchors ? maybe?.[r] === 1 : true) { primeRegex(index.regexes[r].re); if (index.regexes[r].re.test(s.low)) bits[bit] = 1; }
  }
  if (bitsCache.size >= 20000) bitsCache.clear();
  bitsCache.set(s.raw, bits);
  return bits;
}

/** Per-sentence cues: a bit per cue id plus derived facts. Offset-free, so cacheable by text. */
export interface SentenceCues {
  bits: Uint8Array;
  /** Number of specific actors (named organisation, organisation noun, role). */
  specific: number;
  /** Lowercased heads of the specific actors. */
  actorHeads: string[];
  /** A government actor (gemeente, college, provincie, rijk, minister …) occurs. */
  government: boolean;
  /** Amount in euros (not p.m.). */
  money: boolean;
  /** Capacity figure (fte, hours, people). */
  capacity: boolean;
  /** A result quantity: a count or percentage (digits or number words) with a noun. */
  resultQty: boolean;
  /** A time frame (date, year, period, deadline); `recurrence` separately. */
  time: boolean;
  deadline: boolean;
  recurrence: boolean;
}

const GOVERNMENT = /^(gemeente|gemeenten|gemeenteraad|raad|college|provincie|provincies|gedeputeerde|staten|rijk|kabinet|minister|ministers|ministerie|staatssecretaris|burgemeester|wethouder|wethouders|gemeentebestuur|provinciebestuur|overheid|waterschap|b&w)$/;
const NUMWORD = String.raw`\d+(?:[.,]\d+)*|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|duizend|alle|elke|elk|ieder|iedere`;
const RESULT_QTY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:ten minste |minimaal |tenminste |maximaal |minder dan |meer dan |circa |ruim )?(?:${NUMWORD})\s+(?:extra\s+|nieuwe\s+|meer\s+|minder\s+|groene\s+|sociale\s+|betaalbare\s+)?(\p{L}{4,})|(?<![\p{L}\p{N}])\d+(?:,\d+)?\s?(?:%|procent)`, 'giu');
const NOT_RESULT_NOUN = /^(euro|miljoen|miljard|jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|uren|keer|maal|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|artikel|lid|leden|procent|partijen|partners|gemeenten|colleges|keren|fases|fasen|stappen|annuïteiten|kwartalen|werkdagen|vergaderingen|geval|gevallen|moment|momenten|onderwerp|onderwerpen|aspecten|keer|malen|punten|thema|thema's|partij|deelnemer|lid)$/;

const ACRONYM_NEXT = /^(is|zijn|heeft|hebben|wordt|worden|kan|kunnen|zal|zullen|mag|mogen|en|draagt|levert|stelt|neemt|verstrekt|informeert|zendt|wijst|voert|financiert|betaalt|besluit|beslist|geeft|biedt|treedt|werkt|zorgt|houdt|brengt|ontvangt|verzorgt)$/;
const KNOWN_ACRONYMS = /^(GGD|GGZ|OM|UWV|SVB|CAK|IND|COA|VNG|IPO|UVW|RIEC|ZVH|RVDK|IGJ|NZA|CBS|RIVM|RVO|ILT|KVK|NS|RWS|SER|DUO|CJG|NVWA|ACM|AFM|DNB|BZK|VWS|OCW|EZK|SZW|LNV|JENV|IENW|KNVB|MEE|ROC)$/;
/**
 * An unknown acronym (a programme, plan or system name as often as an organisation) counts as an actor only
 * where it acts: followed by a verb or "en", or as the agent after "door". Other actors always count.
 */
function actsAsActor(s: Sentence, token: number, text: string): boolean {
  if (!/^[\p{Lu}][\p{L}&+]{1,7}$/u.test(text) || !/^(?:.*\p{Lu}){2}/u.test(text)) return true;
  if (KNOWN_ACRONYMS.test(text.toUpperCase())) return true;
  const next = s.tokens[token + 1]?.low ?? '';
  const prev = s.tokens[token - 1]?.low ?? '';
  return ACRONYM_NEXT.test(next) || prev === 'door';
}
const cache = new Map<string, SentenceCues>();
const CACHE_MAX = 20000;

/** Cues of one sentence (cached by its lowercase text and actors). */
export function sentenceCues(s: Sentence): SentenceCues {
  const key = s.raw;
  const hit = cache.get(key);
  if (hit) return hit;
  const bits = sentenceBits(s).slice(0, CUE_COUNT);
  const specificActors = s.actors.filter((a) => (a.kind === 'named' || a.kind === 'org' || a.kind === 'role') && a.text !== 'om' && actsAsActor(s, a.token, a.text));
  const heads = specificActors.map((a) => a.text.toLowerCase().replace(/\s+/g, ' '));
  // Acronyms of organisations the actor lexicon does not know (e.g. "RBL", "KvB", "NZT"): two or more capitals.
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.kind !== 'word' && t.kind !== 'abbr') continue;
    // The acronym needs a capital first letter: a token starting with any other ASCII character skips the regex.
    const c0 = t.text.charCodeAt(0);
    if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) continue;
    if (!/^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}&+]{1,7}$/u.test(t.text)) continue;
    if (/^(II|III|IV|VI|VII|VIII|IX|XI|XII|NB|PS|ICT|EU)$/.test(t.text) || heads.includes(t.low)) continue;
    if (actsAsActor(s, i, t.text)) heads.push(t.low);
  }
  let resultQty = false;
  primeRegex(RESULT_QTY);
  RESULT_QTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RESULT_QTY.exec(s.low))) {
    if (!m[1]) { resultQty = true; break; }
    if (!NOT_RESULT_NOUN.test(m[1]) && !/^(19|20)\d\d$/.test(m[0].trim())) { resultQty = true; break; }
  }
  const cues: SentenceCues = {
    bits,
    specific: heads.length,
    actorHeads: heads,
    government: s.actors.some((a) => GOVERNMENT.test(a.text.toLowerCase().split(/\s+/)[0])),
    money: s.money.some((x) => !x.open),
    capacity: s.quantities.some((q) => q.kind === 'capacity' && /fte|uur|uren|formatie|f\.t\.e/.test(q.unit)) && !/schatting|geschat|bespar|minder|scheelt/.test(s.low),
    resultQty,
    time: s.times.some((t) => t.kind !== 'recurrence'),
    deadline: s.times.some((t) => t.kind === 'deadline' || t.kind === 'date'),
    // Every alternative holds "jaar", "kwartaal" or "maand" (case-sensitive pattern on the lowercase text): without them no regex.
    recurrence: s.times.some((t) => t.kind === 'recurrence') || ((s.low.includes('jaar') || s.low.includes('kwartaal') || s.low.includes('maand')) &&
      /(?<![\p{L}])(?:jaarlijks|elk jaar|ieder jaar|per jaar|halfjaarlijks|per kwartaal|elk kwartaal|maandelijks)(?![\p{L}])/u.test(s.low)),
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, cues);
  return cues;
}

const INDEX = Object.fromEntries(CUE_IDS.map((id, i) => [id, i])) as Record<CueId, number>;

/** Does the sentence show cue `id`? */
export function has(c: SentenceCues, id: CueId): boolean {
  return c.bits[INDEX[id]] === 1;
}

/** The first match of a cue in a text (for tests and hovers). */
export function matchCue(id: CueId, text: string): string | undefined {
  return cueMatcher(id).exec(text);
}

/** The matchers covered by the combined index (exported for the test that compares it with each matcher alone). */
export function registeredMatchers(): readonly Matcher[] {
  return REGISTRY.slice(0, allIndex().matchers);
}

/**
 * Actors: who could do or own something. Named organisations ("gemeente Utrecht", "Stichting Timon", "GGD"),
 * organisation nouns ("de provincie", "het college", "woningcorporaties"), roles ("projectleider",
 * "kwartiermaker"), the pronoun subject "we/wij", and collectives that name nobody ("alle partijen",
 * "de ketenpartners", "stakeholders", "iedereen").
 */
import type { Span } from '../types';
import type { Token } from '../text/tokens';
import { isCommonWord } from '../read/lexicon';

export type ActorKind = 'named' | 'org' | 'role' | 'we' | 'collective';

export interface ActorMention extends Span { text: string; kind: ActorKind; /** index of the first token */ token: number }

/** Organisation nouns (lowercase stems; plural forms are derived). */
const ORG_NOUNS = new Set((
  'gemeente gemeenten gemeenteraad raad college wethouder wethouders burgemeester provincie provincies gedeputeerde ' +
  'staten rijk kabinet minister ministers ministerie staatssecretaris waterschap waterschappen veiligheidsregio ' +
  'ggd politie ggz uwv svb cak coa vng ipo uvw rvdk riec zvh jeugdbescherming woningcorporatie woningcorporaties ' +
  'corporatie corporaties zorgkantoor zorgkantoren zorgverzekeraar zorgverzekeraars zorgaanbieder zorgaanbieders ' +
  'aanbieder aanbieders huisarts huisartsen wijkteam wijkteams sociaal-wijkteam jeugdteam jeugdteams school scholen ' +
  'schoolbestuur schoolbesturen samenwerkingsverband samenwerkingsverbanden ziekenhuis ziekenhuizen werkgevers ' +
  'werkgever ondernemers stichting vereniging coöperatie rekenkamer belastingdienst inspectie kinderbescherming ' +
  'reclassering rechtbank ombudsman stuurgroep regiegroep regietafel projectgroep werkgroep programmabureau ' +
  'programmaraad directie bestuur agentschap netbeheerder netbeheerders huurdersvereniging ' +
  'huurdersorganisatie cliëntenraad adviesraad uitvoeringsorganisatie instelling instellingen kenniscentrum ' +
  'omgevingsdienst brandweer leerplicht mee-organisatie welzijnsorganisatie welzijnsorganisaties zorgorganisatie ' +
  'zorgorganisaties hogeschool universiteit roc mbo-instelling kinderopvang bibliotheek woningbouwcorporatie ' +
  'energiecoöperatie ontwikkelaar ontwikkelaars makelaar beheerder exploitant opdrachtgever opdrachtnemer ' +
  'leverancier leveranciers foundation fonds bank provinciebestuur kamer tweede-kamer staten-generaal ' +
  'regio-overleg gemeentebestuur dorpsraad wijkraad'
).split(/\s+/));

/** Roles held by a person or a function. */
const ROLE_NOUNS = new Set((
  'projectleider projectleiders programmamanager programmaleider kwartiermaker regisseur procesregisseur ' +
  'ketenregisseur wijkregisseur casusregisseur voorzitter secretaris coördinator trekker aanjager procesbegeleider ' +
  'directeur bestuurder portefeuillehouder casemanager accountmanager contactpersoon penvoerder penningmeester ' +
  'opdrachtgever ambassadeur bewindspersoon bewindspersonen'
).split(/\s+/));

const ORG_SUFFIX = /(dienst|kamer|bureau|raad|team|teams|corporatie|corporaties|instelling|instellingen|organisatie|organisaties|stichting|kantoor|kantoren|huis|ministerie|aanbieder|aanbieders|verzekeraar|verzekeraars|bedrijf|bedrijven|school|scholen|centrum|platform|fonds|regio|gemeente|gemeenten|provincie|partner|district)$/;
/**
 * Bodies among the nouns in "-schap": the water authorities and the forms of association ("waterschap",
 * "hoogheemraadschap", "vennootschap", "genootschap"). Most nouns in "-schap" are qualities or states, not bodies:
 * "leiderschap", "eigenaarschap", "burgerschap", "partnerschap", "landschap", "wetenschap", "lidmaatschap".
 */
const SCHAP_ORG = /(?:water|heemraad|genoot|vennoot|bedrijf|product|dijk|veen|gezel)schap(?:pen)?$/;
const NOT_ORG = new Set('huis raad team regio partner fonds centrum platform bedrijf bedrijven school kantoor kantoren'.split(' ').concat(['advies', 'beraad', 'voorraad', 'draad', 'gewaad', 'plattelandsregio']));
/** Compounds with an organisation suffix that name a thing, a place or a process: "woningvoorraad", "leidraad", "reorganisatie", "loondienst", "stadscentrum", "gemeentehuis". */
const NOT_ORG_END = /(?:voorraad|leidraad|beraad|reorganisatie|loondienst|(?:stads|dorps|winkel)centrum|(?:gemeente|stad|dorps)huis)$/;

const COLLECTIVE = new Set(('partijen partners ketenpartners samenwerkingspartners netwerkpartners stakeholders ' +
  'iedereen betrokkenen deelnemers organisaties instanties actoren spelers veld').split(' '));
const WE = new Set(['we', 'wij', 'ons', 'onze']);
const ABBREV_ORG = /^(GGD|GGZ|OM|UWV|SVB|CAK|IND|COA|VNG|IPO|RIEC|ZVH|RvdK|IGJ|NZa|AP|B&W|CBS|RIVM|RVO|ILT|KvK|NS|ProRail|RWS|SER|MEE|ROC|MBO|HBO|VWS|BZK|OCW|EZK|IenW|JenV|SZW|LNV|FIN|BZ|DUO|CJG|WIJ|ZZP|NVWA|ACM|AFM|DNB)$/;

const ACRONYM = /^\p{Lu}{2,6}$/u;
const ROMAN = /^[IVX]+$/;
/** Capitalised abbreviations that are not organisations: laws, data, formats, units, common words in capitals. */
const NOT_ACRONYM_ORG = new Set(('ICT AVG BSN WOZ CAO PDF FAQ KPI ROI EU NL BV NV VS OK WMO WET AWB APV BTW ZZP FTE EUR URL API XML HTML JSON ' +
  'DE HET EEN EN VAN IN OP TE BIJ OF NB PM CV ID QR GGZ-ZORG MBO HBO WO VO PO SO VSO VMBO HAVO VWO AOW WW WIA WAO IOAW WLZ ZVW ' +
  'BOPZ WVGGZ WZD BRP DIGID NUP OTAP SLA RACI SMART GDPR SWOT PR ZIE LET OPM TOT EVC ' +
  // Laws, programmes, plans, registers and taxes of Dutch public administration, not bodies.
  'KRW NPLG IZA GALA NOVI NOVEX MIRT BAG BGT OZB PGB RES RRP SPUK WGR VTH ZZS WBP IBP SDE ISDE WABO WRO BAL BBL BKL DSO RSGB').split(' '));

/** Find actor mentions in a sentence's tokens. */
export function findActors(tokens: readonly Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' && t.kind !== 'abbr') continue;
    const low = t.low;
    if (WE.has(low)) { out.push({ start: t.start, end: t.end, text: t.text, kind: 'we', token: i }); continue; }
    if (COLLECTIVE.has(low)) {
      const prev = tokens[i - 1]?.low;
      const start = prev === 'alle' || prev === 'de' || prev === 'relevante' || prev === 'betrokken' ? tokens[i - 1].start : t.start;
      out.push({ start, end: t.end, text: start === t.start ? t.text : `${tokens[i - 1].text} ${t.text}`, kind: 'collective', token: i });
      continue;
    }
    // ABBREV_ORG and ACRONYM need a capital first letter: a token starting with any other ASCII character skips both.
    const c0 = t.text.charCodeAt(0);
    const mayCap = c0 >= 128 || (c0 >= 65 && c0 <= 90);
    if (mayCap && ABBREV_ORG.test(t.text)) { out.push(extendName(tokens, i, 'named')); continue; }
    // An unknown all-capital acronym (e.g. "RBL"; mixed case such as "KvB" is not matched here) is most often an organisation in policy texts.
    // (Not a common word set in capitals: "BRIEF", "GEHEIM", "ZORG" in a heading or a stamp.)
    if (mayCap && ACRONYM.test(t.text) && !NOT_ACRONYM_ORG.has(t.text) && !ROMAN.test(t.text) && !isCommonWord(low)) { out.push({ start: t.start, end: t.end, text: t.text, kind: 'named', token: i }); continue; }
    if (/^(stichting|vereniging|coöperatie)$/.test(low) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      out.push(extendName(tokens, i, 'named'));
      continue;
    }
    // Every role suffix ends in "r".
    if (ROLE_NOUNS.has(low) || (low.endsWith('r') && /(regisseur|coördinator|projectleider|kwartiermaker|manager)$/.test(low))) {
      out.push({ start: t.start, end: t.end, text: t.text, kind: 'role', token: i });
      continue;
    }
    // A capitalised compound of "verband" names a body ("het Deichverband", "Samenwerkingsverband Noord"); in lower case it
    // is most often a relation ("in groepsverband", "een vast dienstverband").
    const isOrg = ORG_NOUNS.has(low) || (low.length > 6 && (ORG_SUFFIX.test(low) || SCHAP_ORG.test(low)) && !NOT_ORG.has(low) && !NOT_ORG_END.test(low)) ||
      (low.length > 8 && low.endsWith('verband') && mayCap && /^\p{Lu}\p{Ll}/u.test(t.text));
    if (isOrg) {
      // "gemeente Utrecht", "provincie Gelderland", "Woonstichting Lindehof": a capitalised name follows.
      const next = tokens[i + 1];
      if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && !/^(De|Het|Een|En|Of)$/.test(next.text)) {
        out.push(extendName(tokens, i, 'named'));
      } else {
        out.push({ start: t.start, end: t.end, text: t.text, kind: /^\p{Lu}/u.test(t.text) && i > 0 ? 'named' : 'org', token: i });
      }
    }
  }
  return out;
}

function extendName(tokens: readonly Token[], i: number, kind: ActorKind): ActorMention {
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].kind === 'word' && /^\p{Lu}/u.test(tokens[j + 1].text) && j - i < 5) j++;
  return { start: tokens[i].start, end: tokens[j].end, text: tokens.slice(i, j + 1).map((t) => t.text).join(' '), kind, token: i };
}

/** True when the token at index i (a noun) is an actor noun of any kind. */
export function isActorWord(low: string): boolean {
  return ORG_NOUNS.has(low) || ROLE_NOUNS.has(low) || ABBREV_ORG.test(low.toUpperCase()) || ((ORG_SUFFIX.test(low) || SCHAP_ORG.test(low)) && !NOT_ORG.has(low) && !NOT_ORG_END.test(low) && low.length > 6);
}

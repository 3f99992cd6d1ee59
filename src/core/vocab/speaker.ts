/**
 * The formulas by which a document shows who speaks (src/core/profile/speaker.ts: enacting, agreement and
 * signature formulas, the opening that names the body, a proposal to the council) and what its own sentences do
 * (src/core/profile/operative.ts: report, intent, proposal, binding language, exploration, references to other
 * texts). Users extend any of them with `phrases: { "<id>": ["…"] }`.
 *
 * They are `re:` phrases: they hold positions (`^`, `$`: a formula that opens or closes its line), gaps counted in
 * characters (`.{0,120}`) and parts of words (`\p{L}*wet`: any law). Each is written as the alternatives of the
 * pattern it came from, in `anywhere(…)`. The matcher anchors a `re:` phrase at word edges; an alternative keeps its
 * own right edge (a trailing run of word characters is taken along: "wet- en regelgeving" still holds `\bwet\b`),
 * and its leading `\b` becomes the matcher's left edge (a formula glued to a hyphen or digit before it no longer
 * counts). Alternatives that start with a word give the matcher its pre-check (`regexAnchors` in ./phrase.ts).
 */
import { concepts } from './concept';

/** A trailing run of word characters: the alternative may end inside a word, as the pattern could. */
const W = String.raw`[\p{L}\p{M}\p{N}-]*`;
/** The top-level alternatives of a pattern, each as a `re:` phrase (its leading `\b` left to the matcher's edge). */
function anywhere(src: string): string[] {
  const out: string[] = [];
  let depth = 0, cls = false, from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (cls) { if (c === ']') cls = false; continue; }
    if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(src.slice(from, i)); from = i + 1; }
  }
  out.push(src.slice(from));
  return out.map((a) => `re:${a.startsWith('\\b') ? a.slice(2) : a}${W}`);
}
const r = String.raw;

export const SPEAKER_CONCEPTS = concepts({
  // — speaker.ts: who speaks —
  speakerEnact: { description: { nl: 'De vaststellingsformule die haar regel afsluit ("Besluit:", "stelt vast:", "verordent:")', en: 'The enacting formula closing its line' },
    phrases: [r`re:(?<=^|[\s,;.])(?:besluit|besluiten|besluit het volgende|besluiten het volgende|stelt (?:het volgende )?vast|stellen (?:het volgende )?vast|verordent|verordenen)\s*:\s*$`,
      r`re:^\W*(?:besluit|besluiten)\s*(?=:)`] },
  speakerEnactTitle: { description: { nl: 'Een titel van een besluit ("houdende vaststelling", "Regeling van de minister")', en: 'The title of a decree' },
    phrases: anywhere(r`\bhoudende (?:vaststelling|wijziging|instelling|regels)\b|^\W*(?:besluit|regeling|beschikking) van (?:de|het) (?:minister|staatssecretaris|college|burgemeester|raad)\b`) },
  speakerGelet: { description: { nl: '"Gelet op" of "gezien" aan het begin van de zin (een aanhef)', en: '"Having regard to" opening the sentence' },
    phrases: anywhere(r`^\W*(?:gelet op|gezien)\b`) },
  speakerLegalRef: { description: { nl: 'Een juridische verwijzing: artikel, wet, Staatsblad, verordening, besluit, beleidsregel, richtlijn', en: 'A legal reference' },
    phrases: anywhere(r`\bartikel(?:en|s)?\s+\d|\bart\.\s*\d|\b\p{L}*wet\b|\bwet (?:op|van|inzake|betreffende)\b|\bstaatsblad\b|\bstb\.|\bstcrt\.|\bverordening\b|\bbesluit\b|\bbeleidsregels?\b|\brichtlijn\b`) },
  speakerAuthorityOpen: { description: { nl: 'Een opening die het vaststellende orgaan noemt ("De minister van …,", "Het college van burgemeester en wethouders van …,")', en: 'An opening naming the enacting body' },
    phrases: anywhere(r`^\W*(?:wij,?\s+)?(?:de|het|onze)\s+(?:minister|staatssecretaris|college van (?:burgemeester en wethouders|gedeputeerde staten|bestuur)|burgemeester(?: en wethouders)?|gedeputeerde staten|dagelijks bestuur|algemeen bestuur|korpschef|directeur-generaal|inspecteur-generaal|commissaris van de koning)\b(?:\s+(?:van|voor|der|en|de|het|\p{L}+)){0,12}?\s*[,;:]`) },
  speakerCouncilOpen: { description: { nl: 'De opening van een raadsbesluit ("De raad van de gemeente …", "Provinciale Staten van …")', en: 'The opening of a council decision' },
    phrases: anywhere(r`^\W*(?:de (?:gemeente)?raad (?:van de gemeente|van)\b|provinciale staten van\b|het algemeen bestuur van\b).{0,120}[,;:]?\s*$`) },
  speakerProposal: { description: { nl: 'Een voorstel aan de raad of Staten met een ontwerpbesluit ("stelt de raad voor", "beslispunten")', en: 'A proposal to a council with a draft decision' },
    phrases: anywhere(r`\bstel(?:t|len) (?:de|uw) (?:gemeente)?raad voor\b|\bstel(?:t|len) (?:provinciale )?staten voor\b|\bde raad wordt\b.{0,40}\b(?:voorgesteld|gevraagd)\b|\bwordt de raad\b.{0,40}\b(?:voorgesteld|gevraagd)\b|\bgevraagd besluit\b|\bvoorgesteld besluit\b|\bbeslispunten\b|\bontwerpbesluit\b|\bgezien het voorstel van\b|\bstellen wij u voor\b|\braadsvoorstel\b|\bstatenvoorstel\b|^\W*(?:\p{L}+ )?voorstel van (?:het college|burgemeester en wethouders|gedeputeerde staten)\b`) },
  speakerDecideTo: { description: { nl: 'Beslispunten van een ontwerpbesluit ("vast te stellen", "in te stemmen met", "kennis te nemen van")', en: 'Decision points of a draft decision' },
    phrases: anywhere(r`\b(?:vast te stellen|in te stemmen|kennis te nemen|beschikbaar te stellen|aan te gaan|te besluiten|toe te kennen|te verlenen|geen zienswijze|een zienswijze|zienswijze (?:in|naar voren) te brengen|over te gaan)\b`) },
  speakerAgree: { description: { nl: 'De overeenkomstformule van partijen ("komen het volgende overeen", "spreken af:")', en: 'The agreement formula of parties' },
    phrases: anywhere(r`\bkom(?:en|t) (?:daarom |hierbij |verder |tevens |onder meer )*(?:het volgende |als volgt |het navolgende )?overeen\b(?! met (?!ingang\b))|\baldus overeengekomen\b|\bverklaren (?:het volgende|als volgt)\b|\bspreken (?:daarom |hierbij |het volgende |als volgt )*af\s*:|\bgaan (?:de|het) volgende (?:verplichtingen |afspraken )?aan\b|\bin (?:dit|deze) (?:convenant|overeenkomst|samenwerkingsovereenkomst|akkoord) (?:maken|leggen) (?:we|wij|partijen) (?:de volgende |nadere )?afspraken\b`) },
  speakerAgreeWeak: { description: { nl: 'Een afspraak in de tekst zelf ("spreken … af om", "verbinden zich", "spreken de intentie uit")', en: 'An agreement spoken in the text itself' },
    phrases: anywhere(r`\bspreken\b.{0,120}\baf\b(?:\s+(?:om|dat)\b|\s*:)|\bverbind(?:t|en) zich\b|\bverklaren\b.{0,60}\bintentie\b|\bspreken de intentie uit\b`) },
  speakerSign: { description: { nl: 'Een ondertekening ("aldus overeengekomen", "in tweevoud opgemaakt", "rechtsgeldig vertegenwoordigd")', en: 'A signature block' },
    phrases: anywhere(r`\bondertekenende partijen\b|\baldus (?:overeengekomen|vastgesteld en ondertekend|ondertekend|getekend)\b|\bin (?:twee|drie|vier|vijf|\w+)voud (?:opgemaakt|ondertekend)\b|\bte dezen (?:rechtsgeldig )?vertegenwoordigd\b|\brechtsgeldig vertegenwoordigd\b|\bvoor akkoord\b|\bwas getekend\b|\bondertekend (?:te|op|door)\b`) },
  speakerPartiesStart: { description: { nl: 'Een zin die opent met "(de) partijen"', en: 'A sentence opening with "(the) parties"' },
    phrases: anywhere(r`^\W*(?:de )?partijen\b`) },
  speakerHierna: { description: { nl: 'Een partij gedefinieerd met "hierna:" of "hierna te noemen"', en: 'A party defined with "hereinafter"' },
    phrases: anywhere(r`\bhierna(?: te noemen)?\s*:|\bhierna te noemen\b|\(hierna\b`) },
  speakerFirstPerson: { description: { nl: 'De eerste persoon enkelvoud van een bewindspersoon of bestuurder (ik, mij, mijn)', en: 'The first person singular of an issuer' },
    phrases: anywhere(r`(?:ik|mij|mijn)(?![\p{L}])`) },
  speakerArticle: { description: { nl: 'Een artikelkop ("Artikel 3", "Art. 12")', en: 'An article heading' },
    phrases: anywhere(r`^\W*(?:artikel|art\.)\s*\d+`) },

  // — operative.ts: what the document's own sentences do —
  operativeReport: { description: { nl: 'Afgerond of lopend werk: voltooide of verleden tijd, "sinds 2020", "in uitvoering", "stand van zaken"', en: 'Finished or running work' },
    phrases: anywhere(r`\b(?:hebben|heeft|hadden|had)\b(?:\s+\S+){0,10}?\s+(?:ge\p{L}{3,}(?:d|t|en)|\p{L}+(?:ge|be|ver|ont|her|over|uit|op|aan|in|af|mee|toe)\p{L}*(?:d|t|en))\b|\b(?:werd|werden|waren|was)\b|\bsinds (?:19|20)\d\d\b|\b(?:is|zijn) (?:\p{L}+ ){0,4}(?:gerealiseerd|afgerond|opgeleverd|aangelegd|gestart|uitgevoerd|geopend|voltooid)\b|\bin uitvoering\b|\blopende projecten\b|\bstand van zaken\b`) },
  operativeIntent: { description: { nl: 'Een voornemen in de eigen stem ("we willen", "wordt voorgesteld", "ambitie", "streven naar")', en: 'An intention in the text\'s own voice' },
    phrases: anywhere(r`\b(?:we|wij)\s+(?:\p{L}+\s+){0,2}?(?:willen|wensen|beogen|streven|overwegen|stellen\b.{0,40}\bvoor)\b|\b(?:willen|stellen)\s+(?:we|wij)\b|\bvoorgesteld wordt\b|\bwordt voorgesteld\b|\bwe stellen voor\b|\bvoornemen(?:s)?\b|\bintentie\b|\bambitie\b|\bstreven (?:naar|om|ernaar)\b`) },
  operativePropose: { description: { nl: 'Een voorstel ter besluitvorming door anderen ("wij stellen voor", "wordt voorgesteld", "in concept")', en: 'A proposal for a decision by others' },
    phrases: anywhere(r`\b(?:we|wij) stellen\b.{0,60}\bvoor\b|\bstellen (?:we|wij)\b.{0,60}\bvoor\b|\b(?:wordt|worden) (?:\p{L}+ ){0,3}voorgesteld\b|\bvoorgesteld wordt\b|\bons voorstel\b|\bdit voorstel\b|\bin concept\b`) },
  operativeBinding: { description: { nl: 'Bindende taal: afspraken, verplichtingen, regels ("verbindt zich", "is verplicht", "dienen … te")', en: 'Binding language' },
    phrases: anywhere(r`\bverbind(?:t|en) zich\b|\bis verplicht\b|\bzijn verplicht\b|\b(?:dient|dienen)\b.{0,80}\bte\b|\bis (?:niet )?van toepassing\b|\btreedt in werking\b|\bkom(?:en|t) (?:het volgende |als volgt )?overeen\b(?! met (?!ingang\b))`) },
  operativeExplore: { description: { nl: 'Verkenning: open vragen, onderzoeken of en hoe, opties en scenario\'s', en: 'Exploration: open questions, options and scenarios' },
    phrases: anywhere(r`\bonderzoeken (?:(?:we|wij) )?(?:of|hoe|welke|wat|waar)\b|\bwillen (?:we|wij) (?:\p{L}+ ){0,2}(?:begrijpen|weten|uitzoeken)\b|\bverkennen\b|\bverkennend\w*\b|\bopen vragen?\b|\bnog (?:niet )?(?:duidelijk|onduidelijk|bekend)\b|\bwe weten (?:nog )?niet\b|\bde vraag is\b|\bzoeken naar\b|\bmogelijke (?:partners|oplossingen|richtingen)\b|\bdenkrichting\w*\b|\bscenario'?s\b|\bopties\b|\bzoektocht\b|\bin gesprek (?:gaan|met)\b`) },
  operativeDateOrNumber: { description: { nl: 'Een jaartal, termijn of frequentie bij een eigen handeling ("vóór", "uiterlijk", "jaarlijks")', en: 'A year, deadline or frequency with an own act' },
    phrases: anywhere(r`\b(?:19|20)\d\d\b|\bvóór\b|\buiterlijk\b|\bper jaar\b|\bjaarlijks\b`) },
  operativeReference: { description: { nl: 'Een andere tekst als grond of onderwerp ("bouwt voort op", "in het kader van", "conform")', en: 'Another text as the ground or subject' },
    phrases: anywhere(r`\b(?:bouwt voort op|in navolging van|zoals (?:afgesproken|vastgelegd|opgenomen|beschreven) in|voortvloeiend uit|op basis van|in het kader van|conform|ter uitvoering van|in aansluiting op|sluit aan (?:bij|op))\b`) },
});

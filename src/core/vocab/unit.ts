/**
 * The vocabulary of what a unit does (src/core/read/unit.ts): the formulas of questions, forms, legal text,
 * examples, advice, opinions, reported speech, text about the text, expectations and reasons, and the heading
 * words that give a section its role. One list per concept, in the phrase syntax of ./phrase.ts; users extend any
 * of them with `phrases: { "<id>": ["…"] }`.
 *
 * Most of these are `re:` phrases, and must stay so: they hold a position (`^`: the formula opens the sentence or
 * the heading), a bounded gap counted in words or characters (`(?:\S+\s+){0,4}`, `[^.]{0,40}`: the phrase gap `~`
 * spans up to six tokens and would widen them), or a part of a word (a heading word inside a compound:
 * "Begripsbepalingen", "Probleemanalyse"). Each is the pattern it came from with its own edges, inside `exact`
 * (see below), so it matches exactly where the pattern did; a few plain formulas are token phrases.
 */
import { concepts } from './concept';

const r = String.raw;
/**
 * The matcher anchors a `re:` phrase at word edges (not after a letter, digit, mark or hyphen; not before one). A
 * pattern keeps its own edges within that: a trailing run of word characters (`W`) is taken along, so a pattern
 * that may end inside a word (`\b` before a hyphen, "wet- en regelgeving") matches as before; a pattern that opens
 * the text (`^`) is unchanged. Only the left edge is the matcher's: a formula glued to a digit or hyphen before it
 * no longer counts. (A run of word characters in front as well would keep that too, but costs a scan of every word.)
 */
const W = r`[\p{L}\p{M}\p{N}-]*`;
/** A pattern that opens the text (`^`): exactly as before. */
const exact = (src: string): string => `re:${src}${W}`;
/** An alternative of a pattern that stood between `(?<![\p{L}])` and `(?![\p{L}])` (not inside a word). */
const edged = (src: string): string => `re:${src}(?![\p{L}])${W}`;
/** An alternative of a pattern that stood after `(?<![\p{L}])` (starting at a word). */
const lead = (src: string): string => `re:${src}${W}`;
/** Heading words count inside a compound ("Begripsbepalingen", "Probleemanalyse"): word characters on both sides. */
const inWord = (src: string): string => `re:${W}(?:${src})${W}`;
/** Every concept here is matched on a text the unit reader passes (flattened sentence, heading, block). */
const textOnly = <T extends object>(table: Record<string, T>): Record<string, T & { textOnly: true }> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, { ...v, textOnly: true as const }]));

export const UNIT_CONCEPTS = concepts(textOnly({
  // — what a sentence does on its own (read/unit.ts computeLocal) —
  unitQuestionStart: { description: { nl: 'Het begin van een vraag (wie, wat, hoe, is er …) in een zin met een vraagteken', en: 'The opening of a question in a sentence with a question mark' },
    phrases: [exact(r`^(?:wie|wat|waar|wanneer|hoe|waarom|welke|welk|hoeveel|in hoeverre|is er|zijn er|heeft|hebben|kan|kunnen|moet|wordt|worden)\b`)] },
  unitDocTitle: { description: { nl: 'De titel van een Kamerstuk of besluit vooraan de zin ("Brief regering; …", "Motie van het lid …", "Wijziging van de … wet")', en: 'The title of a parliamentary paper or legal act at the start of the sentence' },
    phrases: [exact(r`^(?:brief\s+regering|brief\s+van\s+de\s+minister|motie\s+van\s+(?:het|de)\s+leden?|amendement\s+van\s+(?:het|de)\s+leden?|nota\s+naar\s+aanleiding\s+van\s+het\s+verslag|memorie\s+van\s+toelichting|(?:wijziging|regels)\s+(?:van|over)\s+(?:de|het)\s+[\p{L}-]*(?:wet|besluit|regeling|verordening))\b`)] },
  unitForm: { description: { nl: 'Formuliertekst: vragen en invulinstructies aan de aanvrager ("u vult", "kruis aan", "vraag 3")', en: 'Form text: questions and filling instructions' },
    phrases: [edged(r`(?:bij\s+)?vraag\s+\d+`), edged(r`onderdeel\s+\d+[a-z]?\b.*\b(?:vult|beschrijft|geeft)`),
      edged(r`u\s+(?:beschrijft|geeft\s+aan|vult|kruist|vermeldt|voegt\s+\S+\s+toe|licht\s+toe|dient\s+\S+\s+in)`), edged(r`vul\s+\S+(?:\s+\S+)?\s+in`),
      'kruis aan', 'aankruisen', edged(r`(?:ja|nee)\s*\/\s*(?:ja|nee)`), 'het aanvraagformulier', 'invulinstructie', 'toelichting bij vraag'] },
  unitLegal: { description: { nl: 'Juridische formules: inwerkingtreding, publicatie, citeertitel, intrekking, grondslag, ondertekening', en: 'Legal formulas: entry into force, publication, citation title, repeal, legal basis, signature' },
    phrases: [edged(r`treedt\s+(?:\S+\s+){0,4}in\s+werking`), edged(r`in\s+werking\s+(?:treedt|treden)`),
      edged(r`wordt\s+(?:\S+\s+){0,6}geplaatst\s+in\s+(?:de\s+staatscourant|het\s+(?:gemeenteblad|provinciaal\s+blad|waterschapsblad|publicatieblad))`),
      edged(r`(?:wordt|worden)\s+(?:\S+\s+){0,10}(?:in|via)\s+(?:de\s+|het\s+)?(?:staatscourant|gemeenteblad|provinciaal\s+blad|waterschapsblad|publicatieblad|blad)(?:\s+\S+){0,4}\s+(?:geplaatst|gepubliceerd|bekendgemaakt)`),
      edged(r`wordt\s+aangehaald\s+als`), edged(r`kan\s+worden\s+aangehaald`), edged(r`(?:wordt|worden)\s+ingetrokken`), edged(r`vervalt\s+met\s+ingang`),
      edged(r`met\s+ingang\s+van\s+de\s+dag\s+na`), 'stilzwijgend', edged(r`onverminderd\s+het\s+bepaalde`),
      // The duration clause of an agreement ("Deze overeenkomst wordt gesloten voor de tijdsduur van tien jaren", "wordt
      // aangegaan voor een periode van vier jaar") and a provision applied by analogy ("artikel 18 is zo veel mogelijk van
      // overeenkomstige toepassing").
      edged(r`(?:wordt|worden|is|zijn)\s+(?:aangegaan|gesloten)\s+voor\s+(?:(?:de\s+(?:tijds)?duur\s+van\s+|een\s+(?:periode|termijn|looptijd)\s+van\s+)?(?:\S+\s+)?(?:jaar|jaren|maanden)|onbepaalde\s+tijd)`),
      edged(r`van\s+overeenkomstige\s+toepassing`),
      edged(r`gelet\s+op\s+(?:artikel|de\s+\S+wet|het\s+\S+besluit|de\s+algemene)`), edged(r`aldus\s+(?:vastgesteld|overeengekomen|getekend|ondertekend)`),
      // The closing of a signed text: where and in how many copies ("Opgemaakt te Arnhem, 3 mei 2021, in tweevoud",
      // "Getekend in vier exemplaren").
      edged(r`(?:opgemaakt|getekend|ondertekend)\s+(?:en\s+(?:getekend|ondertekend)\s+)?te\s`),
      edged(r`in\s+(?:twee|drie|vier|vijf|zes|\d+)\s+(?:originele\s+|gelijkluidende\s+)?(?:exemplaren|exemplaar)`), edged(r`in\s+(?:twee|drie|vier|vijf|zes)voud`),
      edged(r`namens\s+deze`), edged(r`de\s+\S+\s+voornoemd`),
      edged(r`bij\s+(?:of\s+krachtens\s+)?(?:ministeriële\s+regeling|algemene\s+maatregel\s+van\s+bestuur|amvb)\s+(?:worden|wordt|kunnen)`),
      edged(r`(?:ingevolge|krachtens)\s+artikel`), edged(r`wordt\s+(?:gepubliceerd|bekendgemaakt)`), 'bekendmaking'] },
  unitModel: { description: { nl: 'Een voorbeeld of modeltekst aan het begin van de zin ("Bijvoorbeeld", "Denk aan")', en: 'An example or model text opening the sentence' },
    phrases: [exact(r`^(?:bijvoorbeeld|voorbeeld|een\s+voorbeeld|zo\s+kan|denk\s+aan|modelbepaling|modeltekst)\b`)] },
  unitAdvice: { description: { nl: 'Advies of een waarde, geen handeling ("het is belangrijk dat", "wij adviseren", "het is zaak")', en: 'Advice or a value, not an act' },
    phrases: [
      // Advice or a value: "het is belangrijk dat …", "het is van belang om …" (within the first words of the sentence).
      exact(r`^(?:[^.]{0,40}?\s)?(?:het\s+is|is\s+het)\s+(?:\S+\s+)?(?:belangrijk|van\s+belang|wenselijk|raadzaam|aan\s+te\s+bevelen|verstandig|aanbevelenswaardig)(?:\s+[^\s.,;:]+){0,4}?\s+(?:dat|om)\b`),
      'het verdient aanbeveling',
      // The same value without "het", after a fronted phrase ("Voor het beheer is daarbij van belang dat …").
      exact(r`^(?:[^.]{0,60}?\s)?(?:is|zijn)\s+(?:daarbij\s+|daarom\s+|hierbij\s+|dan\s+|wel\s+|ook\s+)?(?:van\s+(?:groot\s+)?belang|essentieel|cruciaal)\s+(?:dat|om)\b`),
      // Advice as a speech act: the writer (or a body it reports) recommends an act to someone else.
      edged(r`(?:we|wij|ik)\s+(?:adviseren|adviseer|bevelen|beveel)\b`), edged(r`(?:adviseren|bevelen)\s+(?:we|wij)\b`),
      edged(r`(?:adviseert|adviseren|adviseer)\s+(?:\S+\s+){0,4}(?:om|dat)\s`), edged(r`(?:beveelt|bevelen|beveel)\s+(?:\S+\s+){0,4}aan(?![\p{L}])`),
      edged(r`(?:wordt|worden)\s+(?:\S+\s+){0,3}(?:geadviseerd|aanbevolen|aangeraden)(?![\p{L}])`), edged(r`(?:geadviseerd|aanbevolen|aangeraden)\s+(?:wordt|worden)(?![\p{L}])`),
      edged(r`(?:doet|doen)\s+er\s+(?:\S+\s+)?goed\s+aan`), edged(r`verdient\s+(?:het\s+)?(?:de\s+)?(?:voorkeur|aanbeveling)`),
      edged(r`(?:het\s+is|is\s+het)\s+(?:dan\s+|daarom\s+|wel\s+)?zaak`),
      // A statement of value about a task ("het is een grote opgave om …"); a plain allocation ("het is de taak van X om …") is not in it.
      edged(r`(?:het\s+is|is\s+het)\s+(?:een|de)\s+(?:(?:[\p{L}-]+\s+){1,2}taak|(?:[\p{L}-]+\s+){0,2}(?:opgave|uitdaging))\s+(?:(?:van|voor)\s+(?:[\p{L}-]+\s+){1,4})?om`)] },
  unitOpinion: { description: { nl: 'Een mening of standpunt ("wij vinden dat", "is van mening dat", "onderschrijft het uitgangspunt")', en: 'An opinion or position' },
    phrases: [
      lead(r`(?:vind|vindt|vinden)\s+(?:\S+\s+){0,3}?(?:het\s+(?:\S+\s+)?(?:belangrijk|van\s+belang|wenselijk|noodzakelijk|nodig|essentieel|cruciaal|vanzelfsprekend|logisch)\s+)?(?:dat|om)[\s,]`),
      lead(r`(?:is|zijn)\s+(?:\S+\s+){0,3}?van\s+(?:mening|oordeel|opvatting)\s+dat`),
      lead(r`(?:meent|menen|acht|achten)\s+(?:\S+\s+){0,3}?(?:dat\s|het\s+(?:\S+\s+)?(?:belangrijk|wenselijk|noodzakelijk)\s)`),
      // Appreciation, pride or thanks ("We waarderen het dat …", "We zijn trots op de inzet van …").
      lead(r`(?:waardeer|waardeert|waarderen)\s+(?:het\s+)?(?:\S+\s+){0,2}?(?:dat|om)\s`),
      lead(r`(?:is|zijn)\s+(?:\S+\s+){0,2}?(?:trots|dankbaar|blij|verheugd)\s+(?:op|voor|met|dat|om)\s`),
      lead(r`(?:onderschrijft|onderschrijven|deelt|delen|erkent|erkennen|omarmt|omarmen)\s+(?:\S+\s+){0,3}?(?:het\s+(?:uitgangspunt|belang|principe)|de\s+(?:opvatting|mening|visie|conclusie|analyse|uitgangspunten|principes|noodzaak|waarde))[\s:]`),
      lead(r`naar\s+(?:de\s+)?(?:mening|opvatting|oordeel)\s+van\s`),
      lead(r`(?:is|zijn)\s+het\s+(?:\S+\s+){0,5}?eens\s+(?:\S+\s+){0,5}?dat\s`)] },
  unitReported: { description: { nl: 'Een andere stem stelt voor of pleit ("de Raad stelt voor om", "in het advies staat")', en: 'Another voice proposes or pleads' },
    phrases: [lead(r`(?:stelt|stellen)\s+(?:\S+\s+){0,3}?voor\s+(?:om|dat)\s`), lead(r`(?:pleit|pleiten|bepleit|bepleiten)\s+(?:er\s*voor|voor|dat)\b`),
      // A third party naming its own aim ("Meer bouwen noemt de vereniging als ambitie", "De bond noemt als
      // belangrijkste doel …"): the third person of "noemen … als", so not the author's "we noemen".
      lead(r`(?:noemt|noemde)\s+(?:[\p{L}-]+\s+){0,6}?als\s+(?:(?:haar|zijn|hun|belangrijkste|eerste|grootste)\s+)*(?:ambitie|ambities|doel|doelen|doelstelling|prioriteit|speerpunt)\b`),
      // A finding reported ("De rekenkamer stelt vast dat …", "constateert dat", "concludeert dat").
      lead(r`(?:stelt|stellen|stelde|stelden)\s+(?:\S+\s+){0,2}?vast\s+dat\b`), lead(r`(?:constateert|constateren|constateerde|concludeert|concluderen|concludeerde)\s+(?:\S+\s+){0,2}?dat\b`),
      // The source tagged on at the end ("…, zo blijkt uit het onderzoek.", "…, schrijft de rekenkamer.", "…, aldus de wethouder.").
      lead(r`(?<=,\s)(?:zo\s+(?:blijkt|bleek|staat|stond)\s+(?:uit|in)|aldus|schrijft|schreef|zegt|zei|concludeert|concludeerde|meldt|meldde|constateert|constateerde)\s+[^,;:]+$`),
      lead(r`(?:in|uit)\s+(?:het|dit|dat|de|deze)\s+(?:[\p{L}-]+\s+)?(?:advies|rapport|onderzoek|verslag|evaluatie|rapportage)\s+(?:staat|blijkt|lezen\s+we|wordt\s+(?:gesteld|geconcludeerd|aanbevolen))\b`),
      // "Men" with a verb of expecting, fearing or holding ("Men verwacht daarom meer inbreng van de provincie", "Men
      // vreest dat …"): the view of unnamed others, reported.
      lead(r`men\s+(?:\S+\s+){0,2}?(?:verwacht|verwachtte|vreest|vreesde|meent|meende|denkt|dacht|vindt|vond|hoopt|hoopte|wil|wilde|vraagt|vroeg)(?![\p{L}])`),
      // A recommendation or conclusion as the subject ("De belangrijkste aanbeveling is om …", "Het advies van de
      // commissie luidt dat …", "De conclusie is dat …"): what a report advises or finds, reported.
      lead(r`(?:de|het)\s+(?:[\p{L}-]+\s+){0,2}?(?:aanbeveling|aanbevelingen|advies|adviezen|conclusie|conclusies)\s+(?:(?:van|uit)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:is|zijn|luidt|luiden)\s+(?:om|dat)\b`),
      // The intention of a law or of the national legislator, reported ("De bedoeling van het Rijk met de Wgs is dat
      // gemeenten …", "De gedachte achter de wet is dat …").
      lead(r`(?:de|het)\s+(?:bedoeling|gedachte|idee|opzet)\s+(?:van|achter)\s+(?:het|de)\s+(?:rijk|wetgever|[\p{L}-]*wet|wetsvoorstel|europese\s+commissie)\b(?:\s+\S+){0,5}?\s+(?:is|was)\s+(?:dat|om)\b`),
      // The principle of a law or regulation, stated ("Het uitgangspunt van de Algemene Verordening Gegevensbescherming
      // (AVG) is dat er in principe zo min mogelijk persoonsgegevens worden verzameld").
      lead(r`(?:de|het)\s+(?:uitgangspunt|principe|grondbeginsel)\s+(?:van|achter|in)\s+(?:het|de)\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]*wet|wetgeving|verordening|richtlijn|wetsvoorstel)\b(?:\s+\S+){0,5}?\s+(?:is|was)\s+(?:dat|om)\b`)] },
  unitOwnVoiceStart: { description: { nl: 'Een zin die opent met de schrijver of de lezer (we, wij, ik, u): een eigen voorstel, geen aangehaalde stem', en: 'A sentence opening with the writer or the reader' },
    phrases: [exact(r`^\W*(?:we|wij|ik|u)\b`)] },
  unitFindingLabel: { description: { nl: 'Een gelabelde bevinding of aanbeveling van een rapport ("Aanbeveling 3:", "Conclusie:")', en: 'A labelled finding or recommendation of a report' },
    phrases: [exact(r`^\W*(?:aanbeveling|advies|conclusie|bevinding|constatering|observatie|leerpunt)(?:\s+\d+[a-z]?)?\s*:`)] },
  unitMeta: { description: { nl: 'Tekst over de tekst ("In dit hoofdstuk beschrijven we", "Hieronder lichten we toe")', en: 'Text about the text' },
    phrases: [exact(r`^(?:(?:in|met|op)\s+(?:dit|deze|het\s+volgende|de\s+volgende|onderstaande?|bijgaande?)\s+(?:[\p{L}-]+\s+)?(?:hoofdstuk|paragraaf|nota|notitie|brief|document|bijlage|rapport|deel|sectie|onderdeel|tabel|figuur|overzicht|memo)\S*|(?:in\s+)?(?:hoofdstuk|paragraaf|bijlage)\s+\d+\S*|hieronder|hierna|hierboven)\s*,?\s+(?:\S+\s+){0,2}?(?:werken\s+(?:we|wij)\s+(?:\S+\s+){0,6}?uit|beschrijv\S*|beschreven|schets\S*|geschetst|geven|geeft|lichten|licht|toegelicht|gaan|gaat|staat|staan|vindt|vind|volgt|volgen|komt|komen|presenteren|presenteert|behandelen|behandelt|wordt\s+(?:\S+\s+){0,6}(?:beschreven|toegelicht|ingegaan|geschetst|uitgewerkt|weergegeven|besproken)|worden\s+(?:\S+\s+){0,6}(?:beschreven|toegelicht|geschetst|uitgewerkt|weergegeven|besproken))(?![\p{L}])`),
      // An earlier letter recalled ("Op 25 september heb ik u geïnformeerd over …", "Eerder hebben wij uw raad gemeld dat
      // …"): what that letter said is reported here, not laid down again.
      exact(r`^(?:[^.]{0,50}?\s)?(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:u|uw\s+(?:kamer|raad|staten)|de\s+(?:kamer|raad))\s+(?:\S+\s+){0,3}?(?:geïnformeerd|bericht|gemeld|laten\s+weten|op\s+de\s+hoogte\s+gebracht)\b`),
      // A sentence that goes on about what the text describes ("Daarbij beschrijven we niet alleen …").
      exact(r`^(?:daarbij|daarin|hierin|hierbij)\s+(?:beschrijven|schetsen|lichten|geven|presenteren)\s+(?:we|wij)\b`)] },
  unitExpectation: { description: { nl: 'Een verwachting, prognose of hoop ("naar verwachting", "we verwachten dat", "we hopen dat"); "verwachten van X dat" vraagt iets van X', en: 'A forecast, expectation or hope' },
    phrases: [edged(r`naar\s+(?:alle\s+)?verwachting`), edged(r`de\s+verwachting\s+is`), edged(r`(?:wordt|werd)\s+(?:\S+\s+)?verwacht\s+dat`), edged(r`verwacht\s+wordt`),
      edged(r`(?:verwacht|verwachten)\s+(?:(?!van\b)\S+\s+){0,3}?dat`),
      // A hope is no more a promise than a forecast: "we hopen dat …", "De hoop is dat …".
      edged(r`(?:hoop|hoopt|hopen)\s+(?:\S+\s+){0,3}?dat`), edged(r`de\s+hoop\s+is`)] },
  unitReason: { description: { nl: 'Een reden voor iets dat eerder is gezegd ("De reden hiervoor is", "Dit is nodig om")', en: 'A reason for something said before' },
    phrases: [exact(r`^(?:de\s+)?(?:reden|achtergrond|verklaring|onderbouwing|grond)\s+(?:hiervoor|daarvoor|hiervan|daarvan|is|van\s+(?:dit|deze|die|dat)\s+\S+\s+is)\b`),
      exact(r`^(?:dit|dat|het)\s+is\s+(?:\S+\s+)?(?:nodig|noodzakelijk|van\s+belang|belangrijk|gewenst)\s+(?:om|omdat|want|zodat)\b`),
      exact(r`^(?:dit|dat)\s+(?:is|gebeurt|komt)\s+(?:\S+\s+)?omdat\b`),
      // "Want …" opening a sentence gives the reason for the one before it.
      exact(r`^want\b`)] },
  unitReceiveVerbs: { description: { nl: 'Werkwoordsvormen waarmee de aangesproken lezer iets ontvangt ("u ontvangt", "u krijgt"): een toezegging, geen instructie (woorden)', en: 'Verb forms by which the addressed reader receives something (words)' },
    phrases: 'ontvangt ontvang krijgt krijg hoort hoor wordt word heeft hebt kunt kan mag'.split(' ') },

  // — context: recitals, follow-ups, described table rows (read/unit.ts blockRoles, unitOf) —
  unitRecital: { description: { nl: 'Een overweging: "overwegende dat …" na de naam van de vaststeller, of een doorlopende overweging "dat …;"', en: 'A recital' },
    phrases: [exact(r`^\s*overwegende\b`), exact(r`^[^.]{0,200}?[,:]\s*overwegende(?:\s+dat|\s*[,:])`), exact(r`^\s*dat\s[^]*[;,]\s*$`)] },
  unitRecitalOpen: { description: { nl: 'Het begin van de overwegingen ("overwegende dat:", "in aanmerking nemende")', en: 'The opening of the recitals' },
    phrases: [exact(r`^\W*(?:overwegende|in\s+aanmerking\s+nemende)\b`), lead(r`(?:overwegende|in\s+aanmerking\s+nemende)(?:\s+dat)?\s*:?\s*$`)] },
  unitEnacting: { description: { nl: 'De vaststellings- of overeenkomstformule na de overwegingen ("komen het volgende overeen", "besluiten:")', en: 'The enacting or agreement formula after the recitals' },
    phrases: [edged(r`(?:komen|verklaren)\s+(?:\S+\s+){0,3}overeen`), edged(r`(?:besluiten|besluit)\s*:`), edged(r`spreken\s+(?:het\s+volgende\s+)?af`), edged(r`verklaren\s+als\s+volgt`)] },
  unitFollowUp: { description: { nl: 'Een zin die opent met een terugwijzend voornaamwoordelijk bijwoord ("Hiervoor", "Daarbij", "Daarnaast")', en: 'A sentence opening with a pronominal adverb that points back' },
    phrases: [exact(r`^\W*(?:hiervoor|daarvoor|hiertoe|daartoe|hierbij|daarbij|hiervan|daarvan|daarnaast)\b`)] },
  unitDescribingLabel: { description: { nl: 'Het rijlabel van een beschrijvende tabel ("Omschrijving", "Definitie"): de rij beschrijft, zegt niets toe', en: 'The row label of a describing table' },
    phrases: [exact(r`^\W*(?:omschrijving|beschrijving|definitie|betekenis|uitleg|toelichting|kenmerken)\W*$`)] },

  // — section roles from heading words (read/unit.ts sectionRoleOfHeading; a word counts inside a compound) —
  headingDefinitions: { description: { nl: 'Kopwoorden van een begrippenlijst (begripsbepalingen, definities, afkortingen)', en: 'Heading words of a definitions section' },
    phrases: [inWord(r`begripsbepaling|definitie|begrippen|woordenlijst|afkortingen|verklaring van (?:termen|begrippen)`)] },
  headingExplanation: { description: { nl: 'Kopwoorden van een toelichting (toelichting, memorie van, artikelsgewijs)', en: 'Heading words of an explanation' },
    phrases: [inWord(r`toelichting|memorie van|artikelsgewijs|verantwoording`)] },
  headingAnnex: { description: { nl: 'Kopwoorden van een bijlage ("Bijlage", "bijlage 2")', en: 'Heading words of an annex' },
    phrases: [exact(r`^\W*bijlage`), inWord(r`\bbijlage\s+[\divx]`)] },
  headingAnalysis: { description: { nl: 'Kopwoorden van een analyse of achtergrond (aanleiding, context, huidige situatie, terugblik)', en: 'Heading words of an analysis or background' },
    phrases: [inWord(r`aanleiding|achtergrond|context|analyse|probleemstelling|probleemanalyse|huidige situatie|stand van zaken|terugblik|ontwikkelingen|trends|feiten en cijfers|wat zien we|wat speelt`),
      // A look back at what was done: the jaarstukken's "Wat hebben we bereikt?" and "Wat hebben we daarvoor gedaan?",
      // a progress report's "Resultaten tot nu toe" (the begroting's "Wat willen we bereiken?" looks ahead).
      inWord(r`wat hebben (?:we|wij) (?:\S+ )?(?:bereikt|gedaan|gerealiseerd)|wat is er (?:bereikt|gedaan|gerealiseerd|gebeurd)|(?:behaalde|bereikte|geboekte) resultaten|resultaten (?:tot nu toe|tot dusver|van (?:het )?afgelopen)|voortgang tot nu toe|voortgangsrapportage|verantwoording over`)] },
  headingSignature: { description: { nl: 'Kopwoorden van een ondertekening', en: 'Heading words of a signature block' },
    phrases: [inWord(r`ondertekening|handtekening|aldus (?:overeengekomen|getekend|vastgesteld)`)] },
  headingModel: { description: { nl: 'Kopwoorden van een voorbeeld of modeltekst', en: 'Heading words of an example or model text' },
    phrases: [inWord(r`voorbeeld|modelbepaling|modeltekst|model voor`)] },
  unitTimeAhead: { description: { nl: 'Een moment of termijn vooruit ("in 2030", "eind 2027", "de komende vier jaar", "binnen twee jaar", "voortaan"): "zijn" met een deelwoord is dan een beoogde toestand, geen verslag', en: 'A moment or term ahead: "zijn" with a participle then states a target, not a report' },
    phrases: [edged(r`(?:in|eind|uiterlijk|vóór|voor|per|medio|begin|rond|tegen|vanaf|tot)\s+(?:het\s+jaar\s+)?(?:19|20)\d\d`),
      edged(r`(?:komende|volgende|aankomende|eerstvolgende)\s+(?:(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+)?(?:jaar|jaren|maanden|weken|decennia|[\p{L}]*periode)`),
      edged(r`(?:binnen|over)\s+(?:\d+|een|één|twee|drie|vier|vijf|zes|tien|enkele|afzienbare)\s+(?:jaar|jaren|maanden|weken|tijd)`),
      'straks', 'binnenkort', 'voortaan', 'op termijn', 'in de toekomst', 'op korte|middellange|lange termijn'] },
  unitAuthorMeta: { description: { nl: 'Werkwoorden waarmee "we" of "ik" de lezer over de tekst aanspreekt ("wij informeren u over …", "in dit programma beschrijven wij …", "ik neem uw Kamer mee in …"): de zin legt niets vast', en: 'Verbs with which "we" or "I" address the reader about the text: the sentence lays nothing down' },
    phrases: ['informeer|informeren ~ u|uw|jullie', 'beschrijf|beschrijven', 'schets|schetsen', 'licht|lichten ~ toe', 'leg|leggen ~ uit',
      'neem|nemen u|uw ~ mee', 'ga|gaan ~ in op', 'presenteer|presenteren ~ u|uw|hierbij', 'in deze|dit ~ presenteer|presenteren', 'bied|bieden ~ u|uw ~ aan', 'stuur|sturen|zend|zenden ~ u|uw',
      'geef|geven ~ overzicht', 'sta|staan ~ stil bij'] },
  unitAllocation: { description: { nl: 'Een taak, doel of voorrang toegewezen ("heeft tot taak", "is de taak van", "is belast met", "krijgen voorrang"): de zin legt vast, ook met een werkwoord van toestand', en: 'A task or aim allocated: the sentence lays down, even with a verb of state' },
    phrases: ['tot doel|taak', 'de taak van', 'de taak om', 'belast met', 'verantwoordelijk voor', 'ligt|liggen|berust|berusten bij', 'krijgt|krijgen voorrang'] },
  // A foreword (voorwoord, woord vooraf, ten geleide): a portfolio holder or director introduces the document in a
  // personal voice and points to its body, where goals, partners and means are laid down.
  headingForeword: { description: { nl: 'Kopwoorden van een voorwoord (voorwoord, woord vooraf, ten geleide)', en: 'Heading words of a foreword' },
    phrases: [inWord(r`voorwoord|woord vooraf|ten geleide`)] },
  headingPreamble: { description: { nl: 'Kopwoorden van de overwegingen (considerans)', en: 'Heading words of the recitals' },
    phrases: [inWord(r`overwegingen|considerans|overwegende`)] },
  // Who writes: the bestuurslaag of the author, from how the text addresses its reader and names itself (an address
  // form or a self-designation weighs three, a mention of the laag's own bodies one; `authorLevel`).
  authorGemeenteStrong: { description: { nl: 'De schrijver is een gemeente: "uw raad", "wij als college", "raadsvoorstel"', en: 'The author is a municipality: how it addresses the council or names itself' },
    phrases: ['uw raad', 'uw gemeenteraad', 'wij als college', 'ons college', 'als gemeente', 'onze gemeente', 'raadsvoorstel', 'raadsinformatiebrief', 'de raad wordt voorgesteld', 'stelt de raad voor', 'stellen de raad voor'] },
  authorGemeente: { description: { nl: 'Organen van de gemeente genoemd (wethouder, gemeenteraad, college van B en W)', en: 'Municipal bodies named' },
    phrases: ['wethouder', 'wethouders', 'gemeenteraad', 'college van burgemeester en wethouders', 'college van b&w', 'b&w'] },
  authorProvincieStrong: { description: { nl: 'De schrijver is een provincie: "uw Staten", "wij als provincie", "statenvoorstel"', en: 'The author is a province' },
    phrases: ['uw staten', 'als provincie', 'onze provincie', 'statenvoorstel', 'statenbrief', 'wij als college van gedeputeerde staten'] },
  authorProvincie: { description: { nl: 'Organen van de provincie genoemd (Gedeputeerde Staten, Provinciale Staten)', en: 'Provincial bodies named' },
    phrases: ['gedeputeerde staten', 'provinciale staten', 'gedeputeerde', 'gedeputeerden'] },
  authorRijkStrong: { description: { nl: 'De schrijver is het Rijk: "uw Kamer", "Aan de Voorzitter van de Tweede Kamer", "het kabinet" dat schrijft', en: 'The author is the national government' },
    phrases: ['uw kamer', 'voorzitter van de tweede kamer', 'voorzitter van de eerste kamer', 'kamerbrief', 'dit kabinet', 'het kabinet zal', 'het kabinet wil', 'het kabinet gaat'] },
  authorRijk: { description: { nl: 'Organen van het Rijk genoemd (kabinet, minister, staatssecretaris)', en: 'National bodies named' },
    phrases: ['het kabinet', 'staatssecretaris', 'minister van'] },
  authorWaterschapStrong: { description: { nl: 'De schrijver is een waterschap: "als waterschap", "ons waterschap"', en: 'The author is a water board' },
    phrases: ['als waterschap', 'ons waterschap', 'als hoogheemraadschap', 'ons hoogheemraadschap'] },
  authorWaterschap: { description: { nl: 'Organen van het waterschap genoemd (dijkgraaf, hoogheemraadschap)', en: 'Water-board bodies named' },
    phrases: ['dijkgraaf', 'hoogheemraadschap', 'heemraden'] },
}));

/** Word classes of the unit reader, read as words (`isWord`). */
export const UNIT_WORD_CONCEPTS = concepts({
  // The bodies of each bestuurslaag as the first noun of a subject: with an author of another laag, another party.
  bodyGemeente: { description: { nl: 'Organen van een gemeente als onderwerp (gemeente, college, wethouder)', en: 'Municipal bodies as a subject' },
    phrases: ['gemeente', 'gemeenten', 'gemeenteraad', 'college', 'burgemeester', 'wethouder', 'wethouders', 'gemeentebestuur', 'b&w'] },
  bodyProvincie: { description: { nl: 'Organen van een provincie als onderwerp (provincie, Gedeputeerde Staten)', en: 'Provincial bodies as a subject' },
    phrases: ['provincie', 'provincies', 'gedeputeerde', 'staten', 'provinciebestuur'] },
  bodyRijk: { description: { nl: 'Organen van het Rijk als onderwerp (Rijk, kabinet, minister)', en: 'National bodies as a subject' },
    phrases: ['rijk', 'kabinet', 'minister', 'ministers', 'ministerie', 'staatssecretaris', 'rijksoverheid'] },
  bodyWaterschap: { description: { nl: 'Organen van een waterschap als onderwerp', en: 'Water-board bodies as a subject' },
    phrases: ['waterschap', 'waterschappen', 'hoogheemraadschap', 'dijkgraaf'] },
  unitStanceNoun: { description: { nl: 'Zelfstandige naamwoorden van de eigen koers van de schrijver als onderwerp ("de focus is …", "ons uitgangspunt is …"): de tekst spreekt in eigen naam', en: 'Nouns of the author\'s own course as the subject ("the focus is …"): the text speaks in its own voice' },
    phrases: ['doel', 'doelen', 'doelstelling', 'doelstellingen', 'focus', 'uitgangspunt', 'uitgangspunten', 'inzet', 'ambitie', 'ambities', 'streven', 'prioriteit', 'prioriteiten', 'koers', 'aanpak', 'insteek', 'opgave', 'opdracht', 'speerpunt', 'speerpunten', 'kern', 'hoofdlijn', 'hoofdlijnen', 'nadruk', 'accent', 'kernpunt', 'kernpunten'] },
  unitTextVerb: { description: { nl: 'Werkwoorden (lemma\'s) waarmee een tekst als onderwerp zegt wat hij bevat of behandelt ("dit plan beschrijft …", "de visie gaat in op …"): hij legt dan niets vast', en: 'Verbs (lemmas) with which a text as the subject says what it holds or treats: it lays nothing down' },
    phrases: ['beschrijven', 'bevatten', 'behandelen', 'schetsen', 'gaan', 'ingaan', 'geven', 'tonen', 'laten', 'noemen', 'presenteren', 'samenvatten', 'weergeven', 'komen', 'voortkomen', 'borduren', 'voortborduren', 'sluiten', 'aansluiten'] },
  unitWeStateVerb: { description: { nl: 'Werkwoorden (lemma\'s) waarmee "we" of "ik" waarneemt, weet, heeft of deel is, niet handelt ("we zien dat …", "we kennen veel verenigingen", "we vormen een samenleving"): een gewone tegenwoordige tijd legt dan niets vast', en: 'Verbs (lemmas) with which "we" or "I" perceives, knows, has or belongs, rather than acts: a plain present tense then lays nothing down' },
    phrases: ['hebben', 'zien', 'merken', 'constateren', 'denken', 'weten', 'vormen', 'kennen', 'staan', 'liggen', 'blijken', 'lijken',
      'beschikken', 'tellen', 'herkennen', 'beseffen', 'begrijpen', 'hopen', 'zitten', 'leven', 'wonen', 'bedanken', 'danken'] },
  unitStateVerb: { description: { nl: 'Werkwoorden van toestand of verhouding (lemma\'s): met een andere partij als onderwerp beschrijft een verhalende tekst, hij legt niets vast', en: 'Verbs of state or relation (lemmas): with another party as the subject, a narrative text describes and lays nothing down' },
    phrases: ['zijn', 'hebben', 'bestaan', 'betekenen', 'gelden', 'vormen', 'bieden', 'liggen', 'staan', 'kennen', 'bevatten', 'blijken', 'lijken', 'heten',
      'omvatten', 'beschikken', 'bijdragen', 'dragen', 'passen', 'horen', 'behoren', 'vallen'] },
});

/**
 * The open word classes of the clause reader (src/core/read/clause.ts): lemmas and words that decide the reading
 * of a verb cluster or a subject, in the phrase syntax of ./phrase.ts, read as classes (`vocab(id).isWord(w)`), so
 * every phrase is one word (`*word` for an ending). Users extend any of them with `phrases: { "<id>": ["…"] }`.
 *
 * The closed classes of the clause skeleton stay in the reader: subordinators, relative pronouns, coordinators,
 * the forms of the auxiliaries (worden, zijn, hebben, zullen, the modals, gaan), negations, question words,
 * articles, determiners and pronouns. They are the grammar that finds clauses and their finite verb, not
 * vocabulary; a word added there would change every clause, not one reading.
 */
import { concepts } from './concept';

const words = (x: string): string[] => x.split(/\s+/).filter(Boolean);

export const CLAUSE_CONCEPTS = concepts({
  zijnPerfectVerbs: { description: { nl: 'Werkwoorden met "zijn" als hulpwerkwoord van de voltooide tijd ("is gestegen", "is begonnen"): geen lijdende vorm (lemma\'s)', en: 'Verbs whose perfect takes "zijn": no passive (lemmas)' },
    phrases: words('stijgen dalen groeien beginnen starten ontstaan toenemen afnemen blijken verschijnen verdwijnen komen gaan ' +
      'worden blijven vertrekken overlijden slagen lukken mislukken verlopen aflopen eindigen stoppen ophouden terugkeren aankomen ' +
      'uitgroeien overstappen verhuizen vallen sterven zijn veranderen verbeteren verslechteren opgroeien toetreden aansluiten uitgaan ' +
      'meegaan doorgaan binnenkomen opstarten verdubbelen halveren verschuiven uitvallen wegvallen vervallen overgaan ingaan afwijken ' +
      'toetreden uittreden opschuiven achterblijven meegroeien samengaan ontsnappen gebeuren voorkomen plaatsvinden') },
  adjectivalParticiples: { description: { nl: 'Deelwoorden die na "zijn" een eigenschap zeggen ("is betrokken bij", "is gericht op"), geen handeling (woorden)', en: 'Participles that state a property after "zijn" (words)' },
    phrases: words('betrokken bekend gewend gelegen verplicht bevoegd gevestigd verbonden gehouden gerechtigd ' +
      'genoodzaakt geneigd benieuwd verheugd overtuigd gemotiveerd gerelateerd gebaseerd gericht gespecialiseerd geïnteresseerd ' +
      'verschuldigd gebonden toegerust uitgerust voorbereid verzekerd gekant gedwongen bedoeld') },
  retrospectiveWords: { description: { nl: 'Woorden die terugkijken ("de afgelopen periode", "inmiddels", "reeds", "twee jaar geleden"): "zijn" met een deelwoord is dan een verslag van wat gedaan is, geen toestand (woorden)', en: 'Words that look back: "zijn" with a participle then reports what was done (words)' },
    phrases: words('afgelopen voorbije achterliggende vorige inmiddels reeds geleden') },
  collectiveHeads: { description: { nl: 'Koppen van een onderwerp dat een verzameling partijen noemt ("partijen", "ketenpartners") (woorden)', en: 'Heads of a subject naming a set of parties (words)' },
    phrases: words('partijen partners ketenpartners betrokkenen deelnemers stakeholders samenwerkingspartners netwerkpartners organisaties instanties') },
  documentHeads: { description: { nl: 'Koppen van een onderwerp dat de tekst zelf of een andere tekst is ("het convenant", "dit artikel") (woorden)', en: 'Heads of a subject that is a text (words)' },
    phrases: words('convenant overeenkomst besluit regeling protocol akkoord document nota programma plan notitie brief circulaire ' +
      'artikel lid paragraaf hoofdstuk bijlage toelichting rapport verslag agenda voorstel') },
  policyFiniteForms: { description: { nl: 'Vervoegde vormen van beleidswerkwoorden die de lezer als persoonsvorm leest waar het lexicon twijfelt (woorden)', en: 'Finite forms of policy verbs read as the finite verb where the lexicon is unsure (words)' },
    phrases: words('stelt stellen zorgt zorgen draagt dragen levert leveren betaalt betalen financiert financieren voert voeren ' +
      'maakt maken neemt nemen zet zetten biedt bieden brengt brengen richt richten regelt regelen start starten ontwikkelt ontwikkelen ' +
      'realiseert realiseren organiseert organiseren ondersteunt ondersteunen begeleidt begeleiden monitort monitoren evalueert evalueren ' +
      'rapporteert rapporteren verzorgt verzorgen werkt werken pakt pakken bouwt bouwen besluit besluiten beslist beslissen bepaalt bepalen ' +
      'verstrekt verstrekken verleent verlenen wijst wijzen houdt houden geeft geven krijgt krijgen vraagt vragen legt leggen spreekt spreken ' +
      'komen verbindt verbinden investeert investeren streeft streven beoogt beogen verklaart verklaren erkent erkennen ontvangt ontvangen ' +
      'meldt melden informeert informeren deelt delen beheert beheren coördineert coördineren faciliteert faciliteren stimuleert stimuleren ' +
      'versterkt versterken verbetert verbeteren vergroot vergroten verlaagt verlagen verhoogt verhogen treedt treden vervalt vervallen ' +
      'gelden geldt heet heten betekent betekenen omvat omvatten bevat bevatten vormt vormen kiest kiezen stuurt sturen toetst toetsen ' +
      'onderzoekt onderzoeken past passen volgt volgen helpt helpen lost lossen zoekt zoeken vindt vinden') },
  adverbialStart: { description: { nl: 'Woorden die een bijwoordelijk voorveld openen (voorzetsels, tijdsbijwoorden, verbindingswoorden): het onderwerp volgt de persoonsvorm (woorden)', en: 'Words that open an adverbial first position: the subject follows the finite verb (words)' },
    phrases: words('in op bij met voor na vanaf vanuit tot tijdens binnen buiten uiterlijk onder over door om per naast zonder volgens namens ' +
      'daarom daarnaast daarbij daarmee daarvoor daartoe hiervoor hiermee hierbij hiertoe daarna ook verder tevens bovendien vervolgens eerst nu dan zo ' +
      'samen gezamenlijk jaarlijks komende volgend volgende er ten ter vooral alleen vanwege dankzij ondanks aan uit tegen rond omstreeks zodra wanneer als indien') },
  abstractHeadEndings: { description: { nl: 'Uitgangen van abstracte zelfstandige naamwoorden: "door" + zo\'n woord noemt een oorzaak of middel, geen handelende partij', en: 'Endings of abstract nouns: "door" + such a noun names a cause or means, not an agent' },
    phrases: ['*heid', '*ing', '*isme', '*te', '*tie', '*sie', '*ie', '*uur', '*ume', '*iteit', '*schap'] },
  personEndings: { description: { nl: 'Uitgangen van zelfstandige naamwoorden voor personen ("uitvoerder", "consulent", "specialist"): "door" + zo\'n woord noemt een handelende partij', en: 'Endings of nouns for persons: "door" + such a noun names an agent' },
    phrases: ['*er', '*aar', '*eur', '*ent', '*ant', '*ist', '*ier', '*ee', '*rix', '*ster'] },
});

/**
 * Contrast suites of the ninth session (issue 13): regie words that name, count or look back claim no regie.
 * - A compound that starts with regie names a thing of its own ("regieverlies", "regiemodel"), unless its second part
 *   still names the role or its exercise ("regierol", "regietaak"); an organisation with regie in its name is a body.
 * - A role in the plural names people who do a job; a role before a person's name is a title.
 * - A regie word inside a quotation (a title, a slogan) is part of a name.
 * - A clause in the past or perfect reports what happened; the same words in the present claim.
 * Every sentence, place and organisation is invented.
 */
import { yes, no } from './contrast';

const nota = (body: string): string => `# Nota sociaal domein Kreekhaven\n\nDeze nota beschrijft het beleid van de gemeente.\n\n${body}\n`;
const H = 'regie/hol';

describe('voice9 contrast: regie compounds by their second part', () => {
  it('a compound naming a thing of its own claims nothing', () => {
    no(nota('Beschermd wonen is er voor bewoners bij wie sprake is van regieverlies.'), H);
    no(nota('De gemeente hanteert een regiemodel voor de wijkteams.'), H);
  });
  it('a compound naming the role or its exercise still claims', () => {
    yes(nota('De gemeente pakt de regierol.'), H);
    yes(nota('De gemeente neemt de regietaak op zich.'), H);
  });
  it('an organisation with regie in its name is a body, named in passing', () => {
    no(nota('De voortgang wordt elk kwartaal besproken door de regieorganisatie van de provincie.'), H);
  });
});

describe('voice9 contrast: roles in the plural and before a name', () => {
  it('a plural role names people who do a job', () => {
    no(nota('Hiertoe wordt het aantal zorgregisseurs bij het wijkteam vergroot.'), H);
    yes(nota('Hiertoe krijgt het wijkteam een zorgregisseur.'), H);
    no(nota('Hiertoe krijgen de wijkteams zorgregisseurs.'), H);
  });
  it('a role before a person\'s name is a title', () => {
    no(nota('Neem voor vragen contact op met cultuurregisseur Anna de Wit.'), H);
    // (Twelfth session: an imperative names no holder, so the role alone is shown in a statement instead.)
    no(nota('Voor de cultuur is er cultuurregisseur Anna de Wit.'), H);
    yes(nota('Voor de cultuur is er een cultuurregisseur.'), H);
  });
});

describe('voice9 contrast: a regie word in quotation marks is part of a title', () => {
  it('a quoted title claims nothing; the same words in the text claim', () => {
    no(nota('Het Rijk vraagt de provincies deze keuzes uit te werken onder de titel “Ruimtelijke regie per provincie”.'), H);
    no(nota('Het Rijk vraagt de provincies deze keuzes uit te werken onder de titel "Ruimtelijke regie per provincie".'), H);
    yes(nota('De provincie neemt de ruimtelijke regie.'), H);
  });
});

describe('voice9 contrast: a regie claim in the past or perfect reports', () => {
  it('a perfect looks back; the present claims', () => {
    no(nota('Dit plan is tot stand gekomen onder regie van het Veiligheidsbureau Kreekhaven.'), H);
    no(nota('De gemeente heeft vorig jaar de regie genomen.'), H);
    no(nota('De gemeente nam in 2019 de regie.'), H);
    yes(nota('De gemeente neemt de regie.'), H);
    yes(nota('Het plan komt tot stand onder regie van de gemeente.'), H);
  });
});

const programma = (body: string): string => `# Collegeprogramma Kreekhaven 2026-2030\n\nIn dit collegeprogramma beschrijft het college zijn plannen voor de komende vier jaar.\n\n${body}\n`;
const DF = 'eigenaar/diffuus';

describe('voice9 contrast: "Samen" put first before one author\'s "we" is a rallying line', () => {
  it('one author: "Samen …we" first is a call, "we … samen" inside the clause shares out a task', () => {
    no(programma('Samen maken we Kreekhaven.'), DF);
    no(programma('Samen gaan we de strijd aan tegen de hoge werkloosheid.'), DF);
    // Also where the speaker is not known, as long as no agreement of several parties speaks: neither "Samen" nor "we".
    no(nota('Samen maken we ons sterk voor een Kreekhaven waarin iedereen meetelt.'), DF);
    yes(programma('Alle partijen gaan samen de wijkaanpak uitvoeren.'), DF);
  });
  it('in an agreement of several parties the same words stay diffuse', () => {
    const agreement = [
      '# Convenant Buurtzorg Kreekhaven', 'De ondergetekenden:', '1. De gemeente Kreekhaven, hierna: de gemeente;',
      '2. Stichting Welzijn Kreekhaven, hierna: Welzijn;', '3. Woningcorporatie Oosterwaal, hierna: de corporatie;',
      'Partijen komen het volgende overeen.', '## Artikel 1 Afspraken',
      'De gemeente stelt jaarlijks € 80.000 beschikbaar voor de wijkaanpak. Welzijn levert twee opbouwwerkers. De corporatie stelt een ruimte in de wijk ter beschikking.',
      'Samen gaan we de wijkaanpak uitvoeren.', '## Artikel 2 Ondertekening', 'Aldus overeengekomen en ondertekend te Kreekhaven op 1 maart 2026.',
    ].join('\n\n');
    yes(agreement, DF);
  });
});

const S = 'eigenaar/samenwerken';

describe('voice9 contrast: a short line without closing punctuation above running text is a title', () => {
  const body = 'Met deze agenda geven vijf gemeenten en de provincie uitvoering aan regionale opgaven als wonen, werken en energie.';
  it('a title above running text names a subject; the same words as a sentence commit', () => {
    no(nota(`We gaan de samenwerking versterken\n\n${body}`), S);
    yes(nota(`We gaan de samenwerking versterken.\n\n${body}`), S);
  });
  it('a short line among other short lines, or above a list, is an item', () => {
    yes(nota(`We gaan de samenwerking versterken\n\nWe gaan de wijken vergroenen\n\n${body}`), S);
    yes(nota('We gaan de samenwerking versterken\n\n- wonen\n- werken'), S);
  });
  it('a document\'s first line is its title, even with an exclamation mark', () => {
    const opening = 'Deze nota beschrijft het beleid van de gemeente Kreekhaven voor de komende jaren.';
    no(`We gaan de samenwerking versterken!\n\n${opening}\n\n${body}\n`, S);
    yes(`${opening}\n\nWe gaan de samenwerking versterken!\n\n${body}\n`, S);
  });
});

describe('voice9 contrast: collaboration as a topic, and a lead-in with a colon', () => {
  it('the collaboration as the subject of an active clause describes how it fares', () => {
    no(nota('Hiermee verbetert de samenwerking en kiezen meer werknemers voor de fiets.'), S);
    yes(nota('Hiermee gaan we de samenwerking verbeteren en kiezen meer werknemers voor de fiets.'), S);
  });
  it('a lead-in that ends in a colon leaves what is done to what follows', () => {
    no(nota('Om dit te bereiken werken wij samen aan:\n\n- de verbreding van de Dorpsweg in 2027;\n- een nieuwe busverbinding naar het station.'), S);
    yes(nota('Om dit te bereiken werken wij samen.\n\n- de verbreding van de Dorpsweg in 2027;\n- een nieuwe busverbinding naar het station.'), S);
  });
});

const V = 'taal/voorbehoud';

describe('voice9 contrast: a narrative text reports what others aim at or do', () => {
  it('a collective of others or "zij" in the present: their effort, not the text\'s hedge', () => {
    no(nota('Veel verschillende partners spannen zich in om de overlast in de wijk te beperken.'), V);
    no(nota('Zij spannen zich in voor goede zorg voor ouderen in de wijk.'), V);
    yes(nota('De gemeente spant zich in voor goede zorg voor ouderen in de wijk.'), V);
  });
  it('a future or a duty of others is laid down, and the same words in an agreement stay the parties\' own', () => {
    yes(nota('Alle partners zullen zich inspannen voor goede zorg voor ouderen in de wijk.'), V);
    // "(De) partijen" are the text's own parties wherever they are named.
    yes(nota('Partijen spannen zich in voor goede zorg voor ouderen in de wijk.'), V);
    yes(`# Convenant Buurtzorg Kreekhaven\n\nPartijen komen het volgende overeen.\n\n## Afspraken\n\nZij spannen zich in voor goede zorg voor ouderen in de wijk.\n`, V);
  });
});

const D = 'doel/vaag';

describe('voice9 contrast: sentences that mention goals without setting one', () => {
  it('a goal reached with "te": the goal stands elsewhere', () => {
    no(nota('We beseffen dat we moeten blijven vernieuwen om het doel te bereiken.'), D);
    yes(nota('Ons doel is een betere samenwerking in de wijk.'), D);
  });
  it('"Want …" gives the reason for the sentence before it', () => {
    no(nota('Want we willen het leven in Kreekhaven nog beter maken.'), D);
    yes(nota('We willen het leven in Kreekhaven nog beter maken.'), D);
  });
  it('an exclamation or a "misschien" is an aside', () => {
    no(nota('En misschien willen we eigenlijk nog wel veel meer.'), D);
    no(nota('We willen het leven in Kreekhaven nog beter maken!'), D);
  });
  it('goals as the subject of a predicate adjective are talked about', () => {
    no(nota('Doelstellingen moeten afdwingbaar zijn door goede borging in de contracten.'), D);
    yes(nota('Onze doelstellingen zijn een betere samenwerking en een sterkere wijk.'), D);
    yes(nota('Onze ambitie is echter helder: we willen de dienstverlening aan onze inwoners verder verbeteren.'), D);
    yes(nota('Het uiteindelijke doel is het duurzaam beheren van de begraafplaats met een betere kostendekking.'), D);
  });
  it('"de vier ambities" is a counted set listed elsewhere; "vier ambities" introduces them here', () => {
    no(nota('Via de vier ambities werkt het kabinet samen met de gemeenten aan een betere aanpak van armoede.'), D);
    yes(nota('Via vier ambities werkt het kabinet samen met de gemeenten aan een betere aanpak van armoede.'), D);
  });
  it('what another text holds, and what the text itself expresses', () => {
    // In a programme the plain present lays down; what another text holds is cited, the programme's own text stays.
    no(programma('In het coalitieakkoord staan hoge ambities om de stad duurzamer en beter bereikbaar te maken.'), D);
    yes(programma('In dit programma staan hoge ambities om de stad duurzamer en beter bereikbaar te maken.'), D);
    no(nota('Dit convenant onderstreept onze gezamenlijke ambitie om de samenwerking verder te versterken.'), D);
    yes(nota('Wij hebben de gezamenlijke ambitie om de samenwerking verder te versterken.'), D);
  });
});

describe('voice9 contrast: hedges that restrict, refer or report', () => {
  it('"uitsluitend waar nodig" restricts the act to the need; "waar nodig" alone leaves it open', () => {
    no(nota('We zetten de zorg uitsluitend in waar nodig.'), V);
    yes(nota('We zetten extra personeel in waar nodig.'), V);
  });
  it('a target in numbers under "streven" is measurable', () => {
    no(nota('We streven naar 50% toewijzing van woningen aan starters.'), V);
    // (Twelfth session: a goal without a measure is doel/vaag's finding; taal/voorbehoud gives way on the same words.)
    yes(nota('We streven naar meer woningen voor starters.'), 'doel/vaag');
    yes(nota('We streven naar een snelle bouw van woningen voor starters.'), V);
  });
  it('worked out further in a named text: the place is given', () => {
    no(nota('In het Programma Recreatie 2026-2030 wordt dit nader uitgewerkt.'), V);
    yes(nota('Dit wordt later nader uitgewerkt.'), V);
  });
  it('a wish or an observation of the author reports, it commits nothing', () => {
    no(programma('Daarbij is het wenselijk vanuit het college dat evenementen waar mogelijk in de wijken worden georganiseerd.'), V);
    yes(programma('Daarbij zorgt het college ervoor dat evenementen waar mogelijk in de wijken worden georganiseerd.'), V);
    no(nota('Los daarvan constateert het college dat inwoners op termijn de vruchten plukken van de aanpak.'), V);
  });
});

describe('voice9 contrast: a named object of the work is a concrete what', () => {
  it('partners and a named object answer who and what; partners and a vague object do not', () => {
    no(nota('We werken samen met andere provincies aan de nominatie tot UNESCO-werelderfgoed.'), S);
    yes(nota('We werken samen met andere provincies aan de uitdagingen in de regio.'), S);
  });
  it('a name in the object is no partner', () => {
    // (Not "We werken samen …": a single author's "we" is a named doer since the tenth session.)
    yes(nota('Partijen werken samen aan de renovatie van het Stadhuis.'), S);
  });
});

describe('voice9 contrast: inhabitants by their place are no named object', () => {
  it('"aan meer vertrouwen van Kreekhavenaren" names people, the work stays vague', () => {
    yes(nota('Tegelijkertijd trekken wij ons dit aan en willen we samen met onze inwoners, ondernemers en partners werken aan meer vertrouwen van Kreekhavenaren.'), S);
    no(nota('Tegelijkertijd trekken wij ons dit aan en willen we samen met onze inwoners, ondernemers en partners werken aan de renovatie van het Stadhuis.'), S);
  });
});

describe('voice9 contrast: frames of collaboration, and states that are no acts', () => {
  it('a named frame at the start of the sentence answers "how"', () => {
    no(nota('In de jeugdhulpregio Kreekland werken we met elf buurgemeenten samen om de zorg voor de jeugd goed te organiseren.'), S);
    yes(nota('In de jeugdhulpregio werken we met elf buurgemeenten samen om de zorg voor de jeugd goed te organiseren.'), S);
  });
  it('verbonden partijen are a form of collaboration', () => {
    no(nota('Voor de jeugdzorg werkt de gemeente samen met de buurgemeenten in verbonden partijen.'), S);
    yes(nota('Voor de jeugdzorg werkt de gemeente samen met de buurgemeenten.'), S);
  });
  it('a collective in a state, with the act only as its purpose, is assigned nothing', () => {
    no(nota('Iedereen is tot op het bot gemotiveerd om te werken aan deze woningbouwambitie en de wooncrisis op te lossen.'), DF);
    yes(nota('Iedereen zet zich in om de wooncrisis op te lossen.'), DF);
  });
  it('pride in or thanks for what others do is an opinion, not a task', () => {
    no(nota('We zijn trots op de inzet van de inwoners van onze kernen, die gezamenlijk de problemen aanpakken.'), DF);
    no(programma('We waarderen het enorm dat zoveel mensen zich hebben ingezet voor deze visie.'), 'zwitsers/vaag');
  });
});

describe('voice9 contrast: regie in titles, tables of contents and conditions', () => {
  it('a line of a table of contents with dot leaders, or a numbered annex, names a section', () => {
    no(nota('Regie op de uitvoering ..... 21'), H);
    no(nota('Bijlage 1. Actief grondbeleid, faciliteren, regisseren en samenwerken 26'), H);
    yes(nota('Wij nemen de regie op de uitvoering.'), H);
  });
  it('the title of a legal act, or a name in brackets, holds the regie word as a name', () => {
    no(nota('Wijziging van de Woningwet in verband met de versterking van de regie op de volkshuisvesting (Wet versterking regie volkshuisvesting)'), H);
    yes(nota('Met deze wijziging versterkt het Rijk de regie op de volkshuisvesting.'), H);
  });
  it('a condition supposes a case; the main clause claims', () => {
    no(nota('Wanneer de overheid niet de regie neemt, bestaat het risico dat de doelen niet gehaald worden.'), H);
    yes(nota('De overheid neemt de regie, omdat anders het risico bestaat dat de doelen niet gehaald worden.'), H);
  });
  it('"gemeentelijke" names the holder, and its legal power fills the claim', () => {
    no(nota('Versterking van de gemeentelijke regierol is verkregen door de wettelijke bevoegdheid om eisen te stellen aan de openbare ruimte.'), H);
    yes(nota('De gemeentelijke regierol wordt versterkt.'), H);
  });
});

describe('voice9 contrast: the title of a parliamentary paper names a document', () => {
  const letter = (first: string): string => `${first}\n\nMet deze brief informeer ik uw Kamer over de uitvoering van de moties.\n`;
  it('"Brief regering: …" with the motions it answers commits nothing', () => {
    no(letter('Brief regering : Uitvoering motie van de leden Jansen en De Vries over plannen ontwikkelen om de dienstverlening bij een storing zo veel mogelijk in stand te houden (Kamerstuk 12345-67)'), V);
    yes(letter('We ontwikkelen plannen om de dienstverlening bij een storing zo veel mogelijk in stand te houden.'), V);
  });
});

describe('voice9 contrast: enabling others, the te-clause is their act', () => {
  it('"de mogelijkheid bieden om zoveel mogelijk mee te doen": the hedge qualifies what they do', () => {
    no(nota('Inwoners die in armoede leven, willen we de mogelijkheid bieden om zoveel mogelijk mee te doen in de samenleving.'), V);
    no(nota('We willen de scholen helpen om waar mogelijk hun lokalen te delen.'), V);
    yes(nota('We willen waar mogelijk de lokalen van de scholen delen.'), V);
  });
});

describe('voice9 contrast: practice described with an adjective is analysis', () => {
  it('"In de Kreekhavense praktijk …" describes, as "In de praktijk …" does', () => {
    no(programma('In de Kreekhavense praktijk is het eenvoudiger om zoveel mogelijk tot één koers te komen.'), V);
    yes(programma('In de Kreekhavense raad komen we zoveel mogelijk tot één koers.'), V);
  });
});

describe('voice9 contrast: buzzwords in a report of what came about', () => {
  it('a perfect that reports a result hides no action; the present choice does', () => {
    no(programma('Een intensief proces heeft geresulteerd in een verbindend perspectief en een integrale aanpak voor de regio.'), 'taal/toverwoord');
    yes(programma('We kiezen voor een verbindend perspectief en een integrale aanpak voor de regio.'), 'taal/toverwoord');
  });
});

describe('voice9 contrast: labelled facts, and what a text referred to holds', () => {
  it('a paragraph labelled as facts or explanation describes a goal, it sets none', () => {
    no(programma('Feitelijke informatie: De doelstelling van het jeugdbeleid is het versterken van de positie van jongeren.'), D);
    yes(programma('De doelstelling van het jeugdbeleid is het versterken van de positie van jongeren.'), D);
  });
  it('"Hierin staan …" reports the contents of the text just named', () => {
    no(programma('Hierin staan doelen die streven naar een gezonde natuur en schone lucht.'), V);
    yes(nota('We streven naar een gezonde natuur en schone lucht.'), V);
  });
});

describe('voice9 contrast: a term said to mean something is a definition', () => {
  it('"Samenwerken betekent hier …" defines; "Dit betekent dat we …" still commits', () => {
    no(programma('Samenwerken betekent hier niet alleen het afstemmen over inzet, maar ook het inzetten van de eigen capaciteit.'), S);
    yes(programma('Wij stemmen de inzet af met de partners.'), S);
  });
});

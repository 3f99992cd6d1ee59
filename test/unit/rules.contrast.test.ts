/**
 * Contrast suites per kind of false positive (../shared/guide/real-documents.md, part 1): for each kind a sentence
 * the rule must leave alone and a minimal variant it must still flag. All texts are our own invention.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { yes, no, convenant } from './contrast';
// A rule laid down for others is unambiguous in an agreement; in a nota the same plain present may describe (voice10).
const agreement = (body: string): string => `# Convenant huurwoningen Kreekhaven\n\nPartijen:\n\n1. De gemeente Kreekhaven;\n2. Stichting Woonstad Kreekhaven.\n\nPartijen komen het volgende overeen:\n\n## Artikel 1\n\n${body}\n`;



describe('contrast: eigenaar/passief', () => {
  it('a publication or entry-into-force formula has its actor in the instrument', () => {
    no(convenant('Dit convenant wordt in de Staatscourant geplaatst.'), 'eigenaar/passief');
    yes(convenant('Er wordt een werkgroep ingesteld.'), 'eigenaar/passief');
  });
  it('the actor in the sentence before, in the same paragraph', () => {
    no(convenant('De wethouder stelt het budget vóór 1 maart vast. Het wordt in twee termijnen uitbetaald.'), 'eigenaar/passief');
    yes(convenant('Er komt een nieuw budget. Het wordt in twee termijnen uitbetaald.'), 'eigenaar/passief');
  });
  it('form text, definitions and possibilities are not commitments', () => {
    no(convenant('In vraag 4 wordt gevraagd naar het aantal deelnemers per wijk.'), 'eigenaar/passief');
    no(convenant('Het verloop kan ook in het systeem worden bijgehouden.'), 'eigenaar/passief');
    yes(convenant('Het verloop wordt in het systeem bijgehouden.'), 'eigenaar/passief');
  });
  it('a single author\'s passive is the author\'s own act', () => {
    no('# Collegeprogramma Lindewaard\n\nWe openen in 2026 een tweede milieustraat. Daarnaast wordt het ophaalrooster vereenvoudigd.\n', 'eigenaar/passief');
  });
});

describe('contrast: eigenaar/passief, the doer in a lead-in glued to the list item above', () => {
  const list = (leadIn: string): string => `# Convenant Lindewaard\n\nPartijen komen het volgende overeen:\n\n- de deelnemers volgen een cursus. ${leadIn}\n\n- brengt kennis en netwerken in.\n\n- financiert de evaluatie. Daarbij wordt ook gekeken naar de oorzaken van voortijdig stoppen.\n`;
  it('the lead-in names the doer of the items below it', () => {
    no(list('De Stichting Welzijn Lindewaard:'), 'eigenaar/passief');
    yes(list('Verder:'), 'eigenaar/passief');
  });
});

describe('contrast: eigenaar/diffuus', () => {
  it('making (work) agreements together is joint by nature, also as a compound', () => {
    no(convenant('Alle partijen maken samen werkafspraken over de overdracht.'), 'eigenaar/diffuus');
    yes(convenant('Alle partijen zorgen samen voor de overdracht.'), 'eigenaar/diffuus');
  });
  it('"we" of a single author is that author, also "we met elkaar"; a responsibility shared out over everyone is diffuse', () => {
    no('# Collegeprogramma Lindewaard\n\nWe openen in 2026 een tweede milieustraat.\n', 'eigenaar/diffuus');
    no('# Collegeprogramma Lindewaard\n\nWe openen in 2026 een tweede milieustraat. Een schone wijk maken we met elkaar.\n', 'eigenaar/diffuus');
    yes('# Collegeprogramma Lindewaard\n\nWe openen in 2026 een tweede milieustraat. Een schone wijk maken we met elkaar. De verantwoordelijkheid ligt bij zowel de gemeente als de bewoners.\n', 'eigenaar/diffuus');
  });
  it('mutual prohibitions and each partner\'s own part are not diffuse', () => {
    no(convenant('Partijen zullen elkaars systemen niet overbelasten.'), 'eigenaar/diffuus');
    no(convenant('Partijen nemen de afspraken op in hun eigen werkprocessen.'), 'eigenaar/diffuus');
    yes(convenant('Alle partijen zorgen voor een sluitende aanpak.'), 'eigenaar/diffuus');
  });
  it('a reciprocal act: each partner towards the others', () => {
    no(convenant('De ketenpartners leveren elk kwartaal hun cijfers aan elkaar.'), 'eigenaar/diffuus');
    yes(convenant('De ketenpartners leveren elk kwartaal gezamenlijk hun cijfers.'), 'eigenaar/diffuus');
  });
  it('"samen" after a sentence that names the doers', () => {
    no(convenant('De wijkcoach en de corporatie bezoeken de bewoner. Samen wordt een plan gemaakt.'), 'eigenaar/diffuus');
    yes(convenant('De bewoner krijgt bezoek. Samen wordt een plan gemaakt.'), 'eigenaar/diffuus');
  });
  it('a collective that receives is no doer', () => {
    no(convenant('Iedereen krijgt de gelegenheid de nieuwe speeltuin mee in te richten.'), 'eigenaar/diffuus');
    yes(convenant('Iedereen zal de nieuwe speeltuin mee inrichten.'), 'eigenaar/diffuus');
  });
  it('"onder begeleiding van" names who leads the act', () => {
    no(convenant('De intake verloopt onder leiding van een coach van de Stichting Opstap. Samen wordt er een route naar werk uitgestippeld.'), 'eigenaar/diffuus');
    yes(convenant('De intake verloopt in een rustige omgeving. Samen wordt er een route naar werk uitgestippeld.'), 'eigenaar/diffuus');
  });
  it('a collective as object is not the doer', () => {
    no(convenant('De deskundigen stellen alle partijen in de gelegenheid hun standpunt toe te lichten.'), 'eigenaar/diffuus');
  });
  it('gezamenlijk meaning combined', () => {
    no(convenant('Sloop en nieuwbouw worden gezamenlijk aangepakt, zodat bewoners maar één keer verhuizen.'), 'eigenaar/diffuus');
    yes(convenant('Er wordt gezamenlijk een plan opgesteld.'), 'eigenaar/diffuus');
  });
});

describe('contrast: taal/voorbehoud', () => {
  it('a condition that tops up a firm commitment is no hedge', () => {
    no(convenant('Partijen evalueren het convenant elke twee jaar, en indien nodig vaker.'), 'taal/voorbehoud');
    yes(convenant('Partijen evalueren het convenant waar mogelijk.'), 'taal/voorbehoud');
  });
  it('naar vermogen means according to ability', () => {
    no('# Visie\n\nIedere inwoner van Brakeldorp moet naar vermogen kunnen meedoen aan het verenigingsleven.\n', 'taal/voorbehoud');
  });
  it('a possibility or an analysis commits nothing, so there is nothing to hedge', () => {
    no('# Toelichting\n\nWel kan een gemeente waar mogelijk een lagere norm vaststellen.\n', 'taal/voorbehoud');
    yes('# Plan\n\nDe gemeente stelt waar mogelijk een lagere norm vast.\n', 'taal/voorbehoud');
  });
});

describe('contrast: recitals without a heading commit nothing', () => {
  const doc = (lead: string): string => `# Convenant wijkaanpak Brakeldorp\n\nPartijen,\n\n${lead}\n\n- de gemeente en de corporatie waar mogelijk samenwerken in de wijk;\n\n- de bewoners zoveel mogelijk worden betrokken;\n\nkomen het volgende overeen:\n\n- de gemeente stelt in 2026 een wijkplan vast.\n`;
  it('from "overwegende dat:" up to the enacting formula', () => {
    no(doc('overwegende dat:'), 'taal/voorbehoud');
    yes(doc('verklaren dat:'), 'taal/voorbehoud');
  });
});

describe('contrast: taal/voorbehoud, kinds that hedge nothing', () => {
  const plan = (body: string): string => `# Plan\n\n${body}\n`;
  it('"zoveel mogelijk" + the people to be reached is the effect aimed at, not a hedged act', () => {
    no(plan('We openen de speeltuinen in de zomer voor zoveel mogelijk kinderen.'), 'taal/voorbehoud');
    yes(plan('We openen de speeltuinen in de zomer zoveel mogelijk.'), 'taal/voorbehoud');
  });
  it('"streven naar" a measurable end state by a given year binds; a vague state does not', () => {
    no(plan('We streven naar een rookvrije binnenstad in 2029.'), 'taal/voorbehoud');
    yes(plan('We streven naar een prettige binnenstad in 2029.'), 'taal/voorbehoud');
    yes(plan('We streven naar een rookvrije binnenstad.'), 'taal/voorbehoud');
  });
  it('a top-up after a firm verb, a measure or a floor', () => {
    no(plan('De wachttijd wordt elk kwartaal geteld en waar nodig verkort.'), 'taal/voorbehoud');
    yes(plan('De formatie wordt waar nodig uitgebreid.'), 'taal/voorbehoud');
    no(plan('We bouwen ten minste energieneutraal en waar mogelijk energieleverend.'), 'taal/voorbehoud');
    yes(plan('We bouwen op verzoek en waar mogelijk energieleverend.'), 'taal/voorbehoud');
  });
  it('"streven" as a noun in a rationale', () => {
    no(plan('In zijn streven naar schonere lucht plant het waterschap bomen langs de dijk.'), 'taal/voorbehoud');
    yes(plan('Het waterschap streeft naar schonere lucht en plant bomen langs de dijk.'), 'taal/voorbehoud');
  });
  it('"onderzoeken of" as a check of facts, not an open option of the author', () => {
    no(plan('De burgemeester laat de brandweer onderzoeken of het clubhuis aan de veiligheidseisen voldoet.'), 'taal/voorbehoud');
    yes(plan('We onderzoeken of we de opvang in Brakeldorp kunnen uitbreiden.'), 'taal/voorbehoud');
  });
  it('a report of what has been done, an effect, the text\'s own scope', () => {
    no(plan('Bij het ontwerp van het loket is zoveel mogelijk gebruikgemaakt van de ervaringen in Lindewaard.'), 'taal/voorbehoud');
    yes(plan('Bij het ontwerp van het loket maken we zoveel mogelijk gebruik van de ervaringen in Lindewaard.'), 'taal/voorbehoud');
    no(plan('De wachttijden blijven hierdoor zoveel mogelijk binnen de norm.'), 'taal/voorbehoud');
    yes(plan('De gemeente houdt de wachttijden zoveel mogelijk binnen de norm.'), 'taal/voorbehoud');
    no(plan('Deze nota betreft in beginsel alleen de wijken ten noorden van het kanaal.'), 'taal/voorbehoud');
    yes(plan('De gemeente pakt in beginsel alleen de wijken ten noorden van het kanaal aan.'), 'taal/voorbehoud');
  });
  it('a corrective act is conditional on need by nature', () => {
    no(plan('De gemeente volgt de cijfers en stuurt waar nodig bij.'), 'taal/voorbehoud');
    yes(plan('De gemeente volgt de cijfers en neemt waar nodig maatregelen in de wijk.'), 'taal/voorbehoud');
  });
  it('"in principe" with an adjective of capability = in essence', () => {
    no(plan("Het model is in principe ook bruikbaar in andere regio's."), 'taal/voorbehoud');
    yes(plan("Het model wordt in principe ook in andere regio's gebruikt."), 'taal/voorbehoud');
  });
  it('"zo snel mogelijk" under a rule that sets the term', () => {
    no(agreement('De verhuurder herstelt het lek zo snel mogelijk (volgens de termijnen in het onderhoudscontract).'), 'taal/voorbehoud');
    yes(agreement('De verhuurder herstelt het lek zo snel mogelijk.'), 'taal/voorbehoud');
  });
  it('a hedge on the effect aimed at, in a clause of purpose or result', () => {
    no(plan('We investeren in de sporthal, zodat zoveel mogelijk inwoners kunnen sporten.'), 'taal/voorbehoud');
    yes(plan('We investeren zoveel mogelijk in de sporthal.'), 'taal/voorbehoud');
  });
  it('a freedom clause reserves a choice openly', () => {
    no(agreement('Bij de keuze voor een locatie blijven de fracties vrij om te zijner tijd anders te stemmen.'), 'taal/voorbehoud');
    yes(agreement('Bij de keuze voor een locatie stemmen de fracties te zijner tijd anders.'), 'taal/voorbehoud');
  });
  it('a recital of the enacting party commits nothing', () => {
    no('# Besluit\n\nDe gedeputeerde staten van Lindewaard,\noverwegende dat de provincie de fietspaden waar mogelijk wil verbreden,\n', 'taal/voorbehoud');
    yes('# Besluit\n\nDe gedeputeerde staten van Lindewaard maken de fietspaden waar mogelijk breder.\n', 'taal/voorbehoud');
  });
});

describe('contrast: eigenaar/samenwerken', () => {
  it('afstemmen op = align with', () => {
    no('# Plan\n\nWe stemmen de subsidieregels af op de nieuwe Omgevingswet.\n', 'eigenaar/samenwerken');
    yes('# Plan\n\nPartijen stemmen hun activiteiten op elkaar af.\n', 'eigenaar/samenwerken');
  });
  it('the next sentence divides the work: a named partner does a stated part', () => {
    no('# Plan\n\nDe GGD gaat nauw samenwerken met het Jeugdfonds Brakeldorp. Het beweegaanbod wordt door het Jeugdfonds Brakeldorp georganiseerd.\n', 'eigenaar/samenwerken');
    yes('# Plan\n\nDe GGD gaat nauw samenwerken met het Jeugdfonds Brakeldorp. Het beweegaanbod wordt zo goed mogelijk georganiseerd.\n', 'eigenaar/samenwerken');
  });
  it('a name or label is no action', () => {
    no('# Plan\n\n2. **Samen optrekken**: zo heet de werkwijze van de wijkteams in Brakeldorp.\n', 'eigenaar/samenwerken');
    yes('# Plan\n\n2. De wijkteams in Brakeldorp gaan samen optrekken.\n', 'eigenaar/samenwerken');
  });
  it('description that commits nothing', () => {
    no('# Aanleiding\n\nVersterken van de buurt vraagt meer dan samenwerking zoeken. Vaak werken organisaties langs elkaar heen.\n', 'eigenaar/samenwerken');
  });
});

describe('contrast: taal/toverwoord', () => {
  const plan = (body: string): string => `# Plan\n\n${body}\n`;
  it('a literal stem: "daarmee samenhangend" = related', () => {
    no(plan('Voor het daarmee samenhangende onderhoud van de integrale wijkvoorzieningen ontbreekt budget.'), 'taal/toverwoord');
    yes(plan('Voor het samenhangende onderhoud van de integrale wijkvoorzieningen ontbreekt budget.'), 'taal/toverwoord');
  });
  it('reported speech that criticises the buzzwords', () => {
    no(plan('"Verbinding en integraliteit kan iedereen noemen," zei de voorzitter.'), 'taal/toverwoord');
    yes(plan('Verbinding en integraliteit kan iedereen noemen.'), 'taal/toverwoord');
  });
  it('an analysis describes, it hides no action', () => {
    no(plan('De afgelopen jaren is de integrale aanpak steeds meer in samenhang gebracht.'), 'taal/toverwoord');
    yes(plan('We brengen de integrale aanpak in samenhang.'), 'taal/toverwoord');
  });
  it('a sentence that names the instrument', () => {
    no(plan('Voor maatwerk is een integrale afweging nodig, vastgelegd in een norm in het omgevingsplan.'), 'taal/toverwoord');
    yes(plan('Voor maatwerk is een integrale afweging nodig.'), 'taal/toverwoord');
  });
});

describe('contrast: geld/vaag and zwitsers/vaag', () => {
  it('"nog te bepalen" outside money is not money left open', () => {
    no(convenant('Rol coördinator: invulling nog te bepalen.'), 'geld/vaag');
    yes(convenant('De bijdrage van de provincie is nog te bepalen.'), 'geld/vaag');
  });
  it('the amount in the sentence next to it', () => {
    no(convenant('Er is voldoende budget beschikbaar. De provincie draagt € 2 miljoen bij.'), 'geld/vaag');
    yes(convenant('Er is voldoende budget beschikbaar. De provincie draagt het grootste deel bij.'), 'geld/vaag');
    yes(convenant('De provincie draagt € 2 miljoen bij. De inzet wordt uitgebreid binnen bestaande middelen.'), 'geld/vaag');
  });
  it('a hard financial guarantee is not vague money', () => {
    no(convenant('De deelnemers zorgen dat het samenwerkingsverband altijd over voldoende middelen beschikt om zijn schulden te betalen.'), 'geld/vaag');
  });
  it('advice or a value ("het is belangrijk dat …") is no commitment', () => {
    no(convenant('Het is belangrijk dat de bibliotheken voldoende capaciteit vrijmaken voor de leesclubs.'), 'zwitsers/vaag');
    yes(convenant('De bibliotheken maken voldoende capaciteit vrij voor de leesclubs.'), 'zwitsers/vaag');
    no(convenant('Het is van belang dat partijen waar mogelijk samenwerken.'), 'taal/voorbehoud');
    yes(convenant('Partijen werken waar mogelijk samen.'), 'taal/voorbehoud');
  });
  it('capaciteit of a service is not people', () => {
    no(convenant('Het dashboard toont per locatie de vrije capaciteit van de dagbesteding.'), 'zwitsers/vaag');
    yes(convenant('Partijen maken voldoende capaciteit vrij voor de uitvoering.'), 'zwitsers/vaag');
  });
});

describe('contrast: doel/vaag', () => {
  it('a past report or a possibility is no goal of this text', () => {
    no('# Terugblik\n\nIn 2023 wilden we de leefbaarheid verbeteren.\n', 'doel/vaag');
    yes('# Plan\n\nWe willen de leefbaarheid in de wijk verbeteren.\n', 'doel/vaag');
  });
});

describe('contrast: doel/vaag, kinds that are no vague goal of this text', () => {
  const plan = (body: string): string => `# Plan\n\n${body}\n`;
  it('"beoogd" as an adjective means intended', () => {
    no(plan('De nieuwe huurwoningen gaan eerst naar de beoogde doelgroep, zodat meer starters in het dorp blijven.'), 'doel/vaag');
    yes(plan('We beogen dat meer starters in het dorp blijven.'), 'doel/vaag');
  });
  it('a bound against a reference figure is a measure', () => {
    no(plan('Wij willen de afvalstoffenheffing niet sneller laten stijgen dan de inflatie en de kosten verlagen.'), 'doel/vaag');
    yes(plan('Wij willen de afvalstoffenheffing minder laten stijgen en de kosten verlagen.'), 'doel/vaag');
  });
  it('"is gericht op" describing something else, not the author\'s own aim', () => {
    no(plan('Het werk van de buurtcoach is gericht op het verminderen van eenzaamheid.'), 'doel/vaag');
    yes(plan('Onze aanpak is gericht op het verminderen van eenzaamheid.'), 'doel/vaag');
  });
  it('a goal cited from another text', () => {
    no(plan('De doelstellingen uit het regionale klimaatakkoord vragen om meer inzet op isolatie.'), 'doel/vaag');
    yes(plan('Onze doelstelling is meer inzet op isolatie.'), 'doel/vaag');
  });
  it('a row of a describing table ("Omschrijving") describes, it sets no goal', () => {
    const table = (label: string): string => `# Bouwstenen\n\n| Onderdeel | Tekst |\n| --- | --- |\n| ${label} | Het doel is om de schuldhulp in de regio te verbeteren. |\n`;
    no(table('Omschrijving'), 'doel/vaag');
    yes(table('Afspraak'), 'doel/vaag');
  });
  it('the measure two sentences further in the paragraph', () => {
    no(plan('We willen meer woningen bouwen. Dat is hard nodig. In vier jaar komen er 600 woningen bij.'), 'doel/vaag');
    yes(plan('We willen meer woningen bouwen. Dat is hard nodig. Ook de wijken moeten groener.'), 'doel/vaag');
  });
});

describe('contrast: geld/ontbreekt', () => {
  const dossier = (extra: string): string => '# Overdrachtsdossier sociaal domein Lindewaard\n\nDit overdrachtsdossier beschrijft de stand van zaken in het sociaal domein van Lindewaard. ' +
    'Het besluit over de wijkteams werd in 2023 genomen. Uit de evaluatie blijkt dat de regeling vaak te laat wordt aangevraagd. ' +
    'Veel inwoners kennen de regeling niet. De afgelopen jaren is het aantal aanvragen gestegen. ' + extra + '\n';
  it('a descriptive text that names programmes and decisions commits nothing to fund', () => {
    no(dossier('Het actieplan van de vorige raad liep in 2024 af. Het programma Samen Sterk loopt nog tot eind 2026.'), 'geld/ontbreekt');
    yes(dossier('We zetten in op een nieuw actieplan voor de wijkteams. Het college stelt het programma Samen Sterk in 2026 vast.'), 'geld/ontbreekt');
  });
});

describe('contrast: afnemer/ontbreekt', () => {
  const protocol = (who: string): string => `# Convenant meldingen openbare ruimte Brakeldorp\n\nDe gemeente Brakeldorp en de aannemer komen het volgende overeen. ${who} krijgen binnen twee werkdagen bericht over de afhandeling van een melding. De aannemer herstelt losliggende stoeptegels binnen vijf werkdagen. De gemeente registreert elke melding in één systeem en rapporteert elk kwartaal aan de raad.\n`;
  it('agent nouns of those served (melders, indieners) name afnemers', () => {
    no(protocol('Melders'), 'afnemer/ontbreekt');
    yes(protocol('Beide partijen'), 'afnemer/ontbreekt');
  });
});

describe('contrast: planb/ontbreekt', () => {
  const retreat = 'De gemeente treedt terug en doet een groter beroep op de eigen kracht van inwoners.';
  it('a trend analysis is not the text\'s own retreat', () => {
    no('# Analyse\n\nDe terugtredende overheid laat in de ruimtelijke ordening een vacuüm achter.\n', 'planb/ontbreekt');
    yes(`# Koers\n\n${retreat} Inwoners organiseren zelf hun ondersteuning.\n`, 'planb/ontbreekt');
  });
  it('a catch in other words: the province takes over where the network falls short', () => {
    no(`# Koers\n\n${retreat} Inwoners organiseren zelf hun ondersteuning. De provincie neemt het over waar het netwerk tekortschiet.\n`, 'planb/ontbreekt');
    yes(`# Koers\n\n${retreat} Inwoners organiseren zelf hun ondersteuning. De provincie neemt het over van de gemeente.\n`, 'planb/ontbreekt');
  });
  it('more self-reliance as a goal of support is no retreat', () => {
    no('# Koers\n\nMet een cursus leren ouderen zelf hun bankzaken te doen; zo vergroten we hun zelfredzaamheid.\n', 'planb/ontbreekt');
  });
});

describe('findings on the same words merge into the most specific one', () => {
  it('an agentless "gezamenlijk" passive is one diffuse-ownership finding, not also a passive one', () => {
    const f = analyze(convenant('Er wordt gezamenlijk een plan opgesteld.')).findings.filter((x) => x.rule.startsWith('eigenaar/'));
    assert.deepEqual(f.map((x) => x.rule), ['eigenaar/diffuus']);
  });
});

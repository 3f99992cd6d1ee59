/**
 * Contrast suites for findings a reviewer can trust (issue 13, "findings precision"): per kind of false positive a
 * sentence the rule must leave alone and a minimal variant (one change) it must still flag. Every sentence, place
 * and organisation here is invented.
 */
import { yes, no, convenant } from './contrast';


const plan = (body: string): string => `# Plan\n\n${body}\n`;
// A rule laid down for others (a sanction, a duty of tenants) is unambiguous in an agreement; in a nota the same plain
// present may describe what others do, and a hedge there is theirs (voice10).
const agreement = (body: string): string => `# Convenant huurwoningen Kreekhaven\n\nPartijen:\n\n1. De gemeente Kreekhaven;\n2. Stichting Woonstad Kreekhaven.\n\nPartijen komen het volgende overeen:\n\n## Artikel 1\n\n${body}\n`;

describe('prec5 contrast: advice is no commitment (unit function)', () => {
  const V = 'taal/voorbehoud';
  it('the writer advises or recommends the act; the act itself is not done', () => {
    no(plan('Wij adviseren de raad om de wijkcentra zoveel mogelijk open te houden.'), V);
    yes(plan('Wij houden de wijkcentra zoveel mogelijk open.'), V);
    no(plan('Aanbevolen wordt de wijkcentra zoveel mogelijk open te houden.'), V);
    no(plan('Gemeenten doen er goed aan de wijkcentra zoveel mogelijk open te houden.'), V);
    yes(plan('Gemeenten houden de wijkcentra zoveel mogelijk open.'), V);
    no(plan('Het is zaak de wijkcentra zoveel mogelijk open te houden.'), V);
  });
  it('a statement of value about a task is no act', () => {
    no(plan('Het is een zware taak voor het waterschap om de dijken zoveel mogelijk op hoogte te houden.'), V);
    yes(plan('De gemeente houdt als belangrijke taak de wijkcentra zoveel mogelijk open.'), V);
  });
  it('advising as a task of a named body is still its act', () => {
    yes(plan('De GGD adviseert de scholen waar mogelijk over ventilatie.'), V);
  });
  it('a sentence that continues advice through "hiervoor" is advice too', () => {
    no(plan('Het is belangrijk dat de scholen hun behoefte tijdig inschatten. Hiervoor dient capaciteit vrijgemaakt te worden.'), 'zwitsers/vaag');
    yes(plan('De scholen schatten hun behoefte tijdig in. Hiervoor dient capaciteit vrijgemaakt te worden.'), 'zwitsers/vaag');
  });
});

describe('prec5 contrast: taal/voorbehoud, the hedge sits elsewhere than on the act', () => {
  const V = 'taal/voorbehoud';
  it('a hedge inside a relative clause describes the object, not the act', () => {
    no(plan('We zoeken partners die waar mogelijk meedoen.'), V);
    yes(plan('We zoeken waar mogelijk partners.'), V);
    // "die" at the start is a demonstrative, not a relative pronoun.
    yes(plan('Die regels passen we waar mogelijk aan.'), V);
    // "dat" after a noun may open the content of the agreement: still hedged.
    yes(plan('We maken de afspraak dat partijen waar mogelijk samenwerken.'), V);
  });
  it('the other case is given: a case distinction, not a way out', () => {
    no(agreement('Bij een eerste overtreding volgt waar mogelijk een waarschuwing; in andere gevallen volgt direct een boete.'), V);
    yes(agreement('Bij een eerste overtreding volgt waar mogelijk een waarschuwing.'), V);
    no(agreement('Bij een eerste overtreding volgt in beginsel een waarschuwing, tenzij de overtreder eerder is gewaarschuwd.'), V);
    yes(agreement('Bij een eerste overtreding volgt in beginsel een waarschuwing.'), V);
  });
  it('a need condition on a duty says when the duty applies', () => {
    no(agreement('Huurders moeten waar nodig zelf de aanpassingen betalen.'), V);
    no(agreement('Huurders zullen waar nodig zelf de aanpassingen (ramen) moeten betalen.'), V);
    yes(agreement('Huurders betalen waar nodig zelf de aanpassingen.'), V);
    // A possibility hedge on a duty still hedges it.
    yes(agreement('Huurders moeten waar mogelijk zelf de aanpassingen betalen.'), V);
  });
});

describe('prec5 contrast: zwitsers/vaag, assistance on request', () => {
  it('people lent on request cannot be counted in advance', () => {
    no(convenant('De inspecties stellen elkaar op verzoek medewerkers beschikbaar voor een onderzoek.'), 'zwitsers/vaag');
    yes(convenant('De inspecties stellen elkaar medewerkers beschikbaar voor een onderzoek.'), 'zwitsers/vaag');
  });
});

describe('prec5 contrast: eigenaar/samenwerken, the partner acts in the next sentence', () => {
  it('the partner named after "met" does a stated part', () => {
    no(plan('De GGD gaat nauw samenwerken met de kenniscentra. Het aanbod wordt gebaseerd op onderzoek dat door de kenniscentra wordt uitgevoerd.'), 'eigenaar/samenwerken');
    yes(plan('De GGD gaat nauw samenwerken met de kenniscentra. Het aanbod wordt gebaseerd op onderzoek dat zorgvuldig wordt uitgevoerd.'), 'eigenaar/samenwerken');
  });
});

describe('prec5 contrast: doel/vaag, whose goal it is', () => {
  const D = 'doel/vaag';
  it('"heeft tot doel" of a named body is its statutory purpose, not a goal this text sets', () => {
    no(plan('De Stichting Sport Lindewaard heeft tot doel de sport in de gemeente te bevorderen.'), D);
    yes(plan('Dit programma heeft tot doel de sport in de gemeente te bevorderen.'), D);
    yes(plan('De samenwerking heeft tot doel de sport in de gemeente te bevorderen.'), D);
  });
  it('a goal held by an unspecified set of others describes the field', () => {
    no(plan('Veel gemeenten hebben de ambitie om de leefbaarheid te verbeteren.'), D);
    no(plan('De meeste gemeenten hebben de ambitie om de leefbaarheid te verbeteren.'), D);
    yes(plan('De gemeenten hebben de ambitie om de leefbaarheid te verbeteren.'), D);
  });
  it('a goal noun after a demonstrative points back to a goal already stated', () => {
    no(plan('We bouwen de sporthal uit en doen alles wat met deze doelstelling samenhangt om de sport te verbeteren.'), D);
    yes(plan('We bouwen de sporthal uit en doen alles wat met onze doelstelling samenhangt om de sport te verbeteren.'), D);
  });
});

describe('prec5 contrast: opinions, text about the text and reasons commit nothing (unit function)', () => {
  const V = 'taal/voorbehoud';
  it('an opinion or position states a value', () => {
    no(plan('Wij vinden het belangrijk dat de zorg zoveel mogelijk dicht bij huis wordt geleverd.'), V);
    no(plan('Het kabinet is van mening dat de zorg zoveel mogelijk dicht bij huis moet worden geleverd.'), V);
    yes(plan('Het kabinet zorgt dat de zorg zoveel mogelijk dicht bij huis wordt geleverd.'), V);
    // "vinden" with an object is finding something, not an opinion.
    yes(plan('We vinden een oplossing en vereenvoudigen waar mogelijk de regels.'), V);
  });
  it('text about the text names acts, it does not commit to them', () => {
    no(plan('In dit hoofdstuk beschrijven we hoe we waar mogelijk de regels vereenvoudigen.'), V);
    no(plan('Hieronder lichten we toe hoe we waar mogelijk de regels vereenvoudigen.'), V);
    yes(plan('In dit hoofdstuk vereenvoudigen we waar mogelijk de regels.'), V);
  });
  it('a reason explains something said before', () => {
    no(plan('De reden hiervoor is dat de zorg zoveel mogelijk dicht bij huis moet blijven.'), V);
    no(plan('Dit is nodig om de zorg zoveel mogelijk dicht bij huis te houden.'), V);
    yes(plan('Dit jaar houden we de zorg zoveel mogelijk dicht bij huis.'), V);
  });
});

describe('prec5 contrast: geld/vaag, the amount elsewhere in the paragraph', () => {
  it('"voldoende middelen" is filled by an amount two sentences on', () => {
    no(plan('De gemeente stelt voldoende middelen beschikbaar voor de wijkteams. De teams krijgen een nieuw kantoor. Daarvoor is in 2026 € 3 miljoen gereserveerd.'), 'geld/vaag');
    yes(plan('De gemeente stelt voldoende middelen beschikbaar voor de wijkteams. De teams krijgen een nieuw kantoor. Daarvoor is in 2026 een nieuw pand gereserveerd.'), 'geld/vaag');
  });
  it('an amount in the next paragraph does not fill it', () => {
    yes(plan('De gemeente stelt voldoende middelen beschikbaar voor de wijkteams.\n\nDe provincie reserveert € 3 miljoen voor wegen.'), 'geld/vaag');
  });
});

describe('prec5 contrast: taal/voorbehoud, a hedge in a clause of purpose', () => {
  const V = 'taal/voorbehoud';
  it('"om … te" after an act with its object states the effect aimed at', () => {
    no(plan('We bouwen een sporthal om waar mogelijk de wachtlijsten te verkorten.'), V);
    yes(plan('We bouwen een sporthal en verkorten waar mogelijk de wachtlijsten.'), V);
    no(plan('We helpen werkzoekenden om zo snel mogelijk weer aan het werk te gaan.'), V);
    yes(plan('We helpen werkzoekenden zo snel mogelijk weer aan het werk.'), V);
  });
  it('"om … te" after a verb or a noun of content is what is committed to', () => {
    yes(plan('We proberen om zo snel mogelijk de wachtlijsten te verkorten.'), V);
    yes(plan('We nemen het besluit om zo snel mogelijk de wachtlijsten te verkorten.'), V);
  });
});

describe('prec5 contrast: zwitsers/vaag, a demand to settle the people first', () => {
  it('"moet duidelijk zijn dat er capaciteit is" asks for the number', () => {
    no(plan('Vooraf moet duidelijk zijn dat er voldoende ambtelijke capaciteit voor het project is.'), 'zwitsers/vaag');
    yes(plan('Vooraf zorgen we dat er voldoende ambtelijke capaciteit voor het project is.'), 'zwitsers/vaag');
  });
});

describe('prec5 contrast: another voice proposes (unit function)', () => {
  const V = 'taal/voorbehoud';
  it('a proposal or plea of an advisory body is reported, not committed', () => {
    no(plan('De Raad stelt voor om gemeenten zoveel mogelijk te laten samenwerken.'), V);
    no(plan('De adviesraad pleit ervoor dat gemeenten zoveel mogelijk samenwerken.'), V);
    no(plan('In het advies staat dat gemeenten zoveel mogelijk moeten samenwerken.'), V);
    yes(plan('De Raad laat gemeenten zoveel mogelijk samenwerken.'), V);
  });
  it('the writer\'s own proposal is not reported speech', () => {
    yes(plan('Wij stellen voor om gemeenten zoveel mogelijk te laten samenwerken.'), V);
  });
});

describe('prec5 contrast: doel/vaag, goals of others and criteria', () => {
  const D = 'doel/vaag';
  it('"hun ambities" of a third-person subject are goals of others, described', () => {
    no(plan('Gemeenten formuleren zelf hun ambities om de leefbaarheid te verbeteren.'), D);
    yes(plan('Gemeenten formuleren zelf ambities om de leefbaarheid te verbeteren.'), D);
    yes(plan('We formuleren onze ambities om de leefbaarheid te verbeteren.'), D);
  });
  it('a goal as a criterion of eligibility is asked of applications', () => {
    no(plan('Projecten met als doel de leefbaarheid te verbeteren komen in aanmerking voor subsidie.'), D);
    yes(plan('Projecten met als doel de leefbaarheid te verbeteren krijgen voorrang bij de inzet van de wijkteams.'), D);
  });
});

describe('prec5 contrast: more forms of opinion and reported findings (unit function)', () => {
  const V = 'taal/voorbehoud';
  it('opinion by inversion, "naar de mening van", "is het eens dat"', () => {
    no(plan('Daarom vindt het kabinet het belangrijk dat de zorg zoveel mogelijk dicht bij huis blijft.'), V);
    no(plan('Naar de mening van het kabinet moet de zorg zoveel mogelijk dicht bij huis blijven.'), V);
    no(plan('Het kabinet is het met de commissie eens dat de zorg zoveel mogelijk dicht bij huis moet blijven.'), V);
    yes(plan('Het kabinet houdt de zorg zoveel mogelijk dicht bij huis.'), V);
  });
  it('a labelled finding or recommendation of a report', () => {
    no(plan('Advies 3: gemeenten moeten zoveel mogelijk samenwerken.'), V);
    no(plan('Conclusie 4: gemeenten werken zoveel mogelijk samen.'), V);
    yes(plan('Actie 4: gemeenten werken zoveel mogelijk samen.'), V);
  });
});

describe('prec5 contrast: a forecast is no commitment (unit function)', () => {
  const V = 'taal/voorbehoud';
  it('"we verwachten dat" and "naar verwachting" say what will happen', () => {
    no(plan('We verwachten dat de wachtlijsten zo snel mogelijk korter worden.'), V);
    no(plan('Naar verwachting worden de wachtlijsten zo snel mogelijk korter.'), V);
    yes(plan('We zorgen dat de wachtlijsten zo snel mogelijk korter worden.'), V);
  });
  it('"verwachten van X dat" asks something of X and stays', () => {
    yes(plan('We verwachten van de zorgaanbieders dat zij de wachtlijsten zo snel mogelijk verkorten.'), V);
  });
});

describe('prec5 contrast: eigenaar/samenwerken, names of partners and frames', () => {
  const S = 'eigenaar/samenwerken';
  it('proper names of partners answer "who" with an instrument answering "how"', () => {
    no(plan('Voor de jeugdzorg werkt Kreekhaven samen met Oosterwaal in één gezamenlijke inkoop.'), S);
    yes(plan('Voor de jeugdzorg werkt de gemeente samen met de buurgemeenten.'), S);
    // A name alone is one of three.
    yes(plan('Wij werken samen met Lindewaard.'), S);
  });
  it('a named body or programme frames the work', () => {
    // (Seventeenth session: several bodies as the subject in the plain present are described whatever the frame, so the
    // pair is now in the author's voice.)
    no(plan('Wij werken samen in de Omgevingsdienst Kreekhaven.'), S);
    // (Thirteenth session: a statutory public body is a legal form of the work even unnamed, "in de omgevingsdienst",
    // "in de veiligheidsregio" (study14); a region is a place.)
    no(plan('Wij werken samen in de omgevingsdienst.'), S);
    yes(plan('Wij werken samen in de regio.'), S);
  });
});

describe('prec5 contrast: planb/ontbreekt, a retreat named as a phenomenon', () => {
  const P = 'planb/ontbreekt';
  const visie = (body: string): string => `# Omgevingsvisie\n\n${body} Daarom maken we een nieuw buurtplan voor de hele gemeente.\n`;
  it('"de terugtredende overheid" as the subject describes a trend', () => {
    no(visie('De terugtredende overheid dwingt bewoners om zelf oplossingen te zoeken.'), P);
    yes(visie('De overheid treedt terug en dwingt bewoners om zelf oplossingen te zoeken.'), P);
  });
  it('chosen as the text\'s own course, it still steps back', () => {
    yes(visie('We kiezen voor een terugtredende overheid.'), P);
  });
});

describe('prec5 contrast: doel/vaag, the goal of a law cited', () => {
  const D = 'doel/vaag';
  it('"het doel van de <wet>" cites another instrument; "deze visie" is this text', () => {
    no(plan('Het doel van de Omgevingswet is de kwaliteit van de leefomgeving te verbeteren.'), D);
    yes(plan('Het doel van deze visie is de kwaliteit van de leefomgeving te verbeteren.'), D);
    yes(plan('Het doel van de aanpak is de zelfredzaamheid te vergroten.'), D);
  });
});

describe('prec5 contrast: the reader is told what to do (unit function)', () => {
  const V = 'taal/voorbehoud';
  it('"u"/"je" as the doer: guidance or a form, the author commits nothing', () => {
    no(plan('U betrekt waar mogelijk de inwoners bij het plan.'), V);
    no(plan('Je betrekt waar mogelijk de inwoners bij het plan.'), V);
    yes(plan('Wij betrekken waar mogelijk de inwoners bij het plan.'), V);
  });
  it('what the reader receives is the author\'s promise', () => {
    yes(plan('U ontvangt zo snel mogelijk een besluit.'), V);
    yes(plan('U wordt zo snel mogelijk geïnformeerd.'), V);
  });
});

describe('prec5 contrast: a task valued versus a task allocated', () => {
  const V = 'taal/voorbehoud';
  it('"een zware taak … om" values; "de taak van de coördinator om" allocates and stays', () => {
    no(plan('Het is een zware taak voor het waterschap om de dijken zoveel mogelijk op hoogte te houden.'), V);
    yes(plan('Het is de taak van de coördinator om de partners zoveel mogelijk bijeen te brengen.'), V);
  });
});

describe('prec5 contrast: endorsing a principle states support (unit function)', () => {
  const V = 'taal/voorbehoud';
  it('"erkennen het belang van", "onderschrijven de uitgangspunten"', () => {
    no(convenant('Partijen erkennen het belang van een aanpak waarbij de zorg zoveel mogelijk dicht bij huis blijft.'), V);
    no(convenant('Partijen onderschrijven de uitgangspunten: de zorg blijft zoveel mogelijk dicht bij huis.'), V);
    yes(convenant('Partijen leveren de zorg zoveel mogelijk dicht bij huis.'), V);
  });
});

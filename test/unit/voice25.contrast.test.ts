/**
 * Contrast pairs of the twenty-fourth session (invented sentences): what a concrete goal is not (K1.doel) — a story of
 * what happened, a year read as a count, the year in a law's name, the closing formula of a signed text — and the term
 * of office as a time frame.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { buildDocument } from '../../src/core/document';
import { unitOf } from '../../src/core/read/unit';
import { findTimes } from '../../src/core/recognize/time';
import { no, yes } from './contrast';

const PLAIN = '# Programma wonen Lindewaard\n\n## Onze aanpak\n\n';
/** An invented nota about cooperation in a region (its author named, so a narrative text). */
const NOTA = '# Nota samenwerking Lindewaard\n\nDeze nota beschrijft de samenwerking in de regio Lindewaard.\n\n## Organisatie\n\n';
/** The unit reading of the last sentence of `head` + `body`. */
const lastUnit = (head: string, body: string): ReturnType<typeof unitOf> => {
  const doc = buildDocument(head + body + '\n', 'markdown');
  return unitOf(doc, doc.sentences.length - 1);
};
const goal = (body: string): boolean | null => analyze(PLAIN + body + '\n').checklist['K1.doel'].met;
const times = (text: string): string[] => findTimes(text).map((t) => `${t.text}:${t.kind}`);

describe('voice25 contrast: a goal looks ahead, a story of what happened sets none (K1.doel)', () => {
  it('a count with a year in the perfect or the past is told; the same count ahead is a goal', () => {
    assert.equal(goal('In 2019 hebben we 400 nieuwe woningen gebouwd.'), false);
    assert.equal(goal('In 2019 bouwden we 400 nieuwe woningen.'), false);
    assert.equal(goal('In 2030 bouwen we 400 nieuwe woningen.'), true);
  });
  it('a sentence with a clause ahead beside the story still sets the goal', () => {
    assert.equal(goal('In 2019 hebben we 400 nieuwe woningen gebouwd en in 2030 bouwen we er nog 400.'), true);
  });
});

describe('voice25 contrast: a year before a word that is no noun counts nothing', () => {
  it('"in 2016 werd vastgesteld" is a date, not "2016 werd" as a count; "2000 woningen" is a count', () => {
    assert.equal(goal('Het plan dat in 2016 werd vastgesteld, komt in het nieuwe programma.'), false);
    assert.equal(goal('Voor 2030 komen er 2000 woningen bij.'), true);
  });
});

describe('voice25 contrast: the year in a law\'s name is no time frame', () => {
  it('any compound of wet, besluit, verordening or regeling names the law with its year; a bare year is a time', () => {
    assert.deepEqual(times('op grond van de Archiefwet 1995 en het Bouwbesluit 2012'), []);
    assert.deepEqual(times('op grond van de Wmo 2015'), []);
    assert.deepEqual(times('het jaar 1995 en het besluit van 2012'), ['1995:year', '2012:year']);
  });
});

describe('voice25 contrast: a term of office is a time frame', () => {
  it('"in deze raadsperiode", "binnen de kabinetsperiode", "gedurende de looptijd van het convenant"; not "in deze periode"', () => {
    assert.deepEqual(times('In deze raadsperiode komt er een warmteplan.'), ['In deze raadsperiode:period']);
    assert.deepEqual(times('Binnen de kabinetsperiode halveren we de wachttijd.'), ['Binnen de kabinetsperiode:deadline']);
    assert.deepEqual(times('Gedurende de looptijd van het convenant overleggen partijen.'), ['Gedurende de looptijd van het convenant:period']);
    assert.deepEqual(times('In deze periode gebeurt veel.'), []);
  });
  it('a count with the term of office is a goal; the same count without a time frame is none', () => {
    assert.equal(goal('In deze raadsperiode komen er 500 sociale huurwoningen bij.'), true);
    assert.equal(goal('Er komen 500 sociale huurwoningen bij.'), false);
  });
});

describe('voice25 contrast: the closing formula of a signed text is a legal formula', () => {
  const CONV = '# Overeenkomst onderhoud Kreekbeek\n\nPartijen komen het volgende overeen.\n\n## Artikel 1\n\nHet waterschap onderhoudt de beek.\n\n';
  const fnOf = (body: string): string => lastUnit(CONV, body).fn;
  it('where and in how many copies it was drawn up; a count of copies to be made is an act', () => {
    assert.equal(fnOf('Opgemaakt te Lindewaard op 3 mei 2021 in vier exemplaren.'), 'legal');
    assert.equal(fnOf('Aldus getekend in tweevoud.'), 'legal');
    assert.notEqual(fnOf('Het waterschap maakt jaarlijks vier rapportages op.'), 'legal');
  });
  it('the closing formula with its date and copies sets no goal', () => {
    const doc = CONV + 'Opgemaakt te Lindewaard, 3 mei 2021, in vier exemplaren, elk in de Nederlandse en Duitse taal.\n';
    assert.equal(analyze(doc).checklist['K1.doel'].met, false);
  });
});

const CONVENANT = '# Overeenkomst beheer Kreekbeek\n\nDe ondergetekenden, het Waterschap Lindewaard en de Gemeente Kreekhaven, komen het volgende overeen.\n\n## Artikel 1\n\n';
const item = (head: string, body: string, id: string): boolean | null => analyze(head + body + '\n').checklist[id].met;

describe('voice25 contrast: roles of an agreement (K2.rollen)', () => {
  it('a named party bearing a share of the cost funds the work; two such parties state their roles', () => {
    assert.equal(item(CONVENANT, 'Het waterschap draagt 40 procent van de kosten. De gemeente draagt 60 procent van de kosten.', 'K2.rollen'), true);
    assert.equal(item(CONVENANT, 'Het waterschap vindt de kosten hoog. De gemeente vindt de beek mooi.', 'K2.rollen'), false);
  });
  it('a task placed with a party ("berust bij") is its role', () => {
    assert.equal(item(CONVENANT, 'Het onderhoud van de beek berust bij het waterschap. De bediening van de stuw berust bij de gemeente.', 'K2.rollen'), true);
    assert.equal(item(CONVENANT, 'Het onderhoud van de beek is belangrijk. De bediening van de stuw is lastig.', 'K2.rollen'), false);
  });
});

describe('voice25 contrast: a capitalised compound of "verband" or "district" names a body', () => {
  const actors = (text: string): string[] => buildDocument(text + '\n', 'markdown').sentences[0].actors.map((a) => a.text);
  it('"het Deichverband", "het Polderdistrict" are parties; "in groepsverband", "een vast dienstverband" are none', () => {
    assert.deepEqual(actors('Het Deichverband en het Polderdistrict nemen het onderhoud op zich.'), ['Deichverband', 'Polderdistrict']);
    assert.deepEqual(actors('De cursisten werken in groepsverband en hebben een vast dienstverband.'), []);
  });
});

describe('voice25 contrast: who gains or loses, named as such (K1.last_baat)', () => {
  it('advantages for a named party, an effect on a group, displacement of a group; the same words without a bearer do not', () => {
    assert.equal(item(PLAIN, 'De aanpak levert voordelen op voor de deelnemende gemeenten.', 'K1.last_baat'), true);
    assert.equal(item(PLAIN, 'De maatregel heeft een positief effect op de veiligheid van bewoners.', 'K1.last_baat'), true);
    assert.equal(item(PLAIN, 'We willen voorkomen dat er verdringing van starters op de woningmarkt ontstaat.', 'K1.last_baat'), true);
    assert.equal(item(PLAIN, 'De aanpak heeft voordelen.', 'K1.last_baat'), false);
  });
});

describe('voice25 contrast: scope said by what is no longer done or by "not as X but as Y" (K1.afbakening)', () => {
  it('"niet langer …, maar", "niet als …, maar als", "alleen verantwoordelijk voor"; "kan niet langer" is no scope', () => {
    assert.equal(item(PLAIN, 'We betalen niet langer ieder apart voor licenties, maar investeren samen in open software.', 'K1.afbakening'), true);
    assert.equal(item(PLAIN, 'De middelen komen niet als subsidie, maar als lening beschikbaar.', 'K1.afbakening'), true);
    assert.equal(item(PLAIN, 'De stichting is alleen verantwoordelijk voor de administratie.', 'K1.afbakening'), true);
    assert.equal(item(PLAIN, 'Dit kan niet langer zo doorgaan.', 'K1.afbakening'), false);
  });
});

describe('voice25 contrast: a passive in a joint forum or on a meeting\'s instruments names who acts (eigenaar/passief)', () => {
  const conv = (body: string): string => `# Overeenkomst onderhoud Kreekbeek\n\nPartijen komen het volgende overeen.\n\n## Artikel 2\n\n${body}\n`;
  it('fixed at the joint inspection, the invitation sent: no open owner; the same task without the forum is open', () => {
    no(conv('De omvang van het onderhoud wordt bij de jaarlijkse gemeenschappelijke schouw vastgelegd.'), 'eigenaar/passief');
    yes(conv('De omvang van het onderhoud wordt jaarlijks vastgelegd.'), 'eigenaar/passief');
    no(conv('Een uitnodiging voor de vergadering wordt ten minste twee weken van tevoren toegezonden.'), 'eigenaar/passief');
    yes(conv('Het jaarplan wordt ten minste twee weken van tevoren toegezonden.'), 'eigenaar/passief');
  });
});

describe('voice25 contrast: advice arranges no way of working (K3.werkprocessen)', () => {
  const unitCue = (body: string): string | undefined => lastUnit(PLAIN, body).cue;
  it('"is daarbij van belang dat" without "het" is a value, like "het is van belang dat"; a plain statement is not', () => {
    assert.equal(unitCue('Voor het beheer is daarbij van belang dat de partners één loket inrichten.'), 'advice');
    assert.equal(unitCue('Het is van belang dat de partners één loket inrichten.'), 'advice');
    assert.notEqual(unitCue('Voor het beheer richten de partners één loket in.'), 'advice');
  });
  it('a shared desk recommended is not arranged; the same desk laid down is', () => {
    assert.equal(item(PLAIN, 'Het verdient aanbeveling dat alle meldingen via één loket lopen.', 'K3.werkprocessen'), false);
    assert.equal(item(PLAIN, 'Alle meldingen lopen via één loket en worden binnen vijf werkdagen toegewezen.', 'K3.werkprocessen'), true);
  });
});

describe('voice25 contrast: an imperative read by the stem of a known verb addresses the reader', () => {
  const read = (body: string): { mood: string | undefined; cue: string | undefined } => {
    const u = lastUnit(PLAIN, body);
    return { mood: u.main?.mood, cue: u.cue };
  };
  it('"Benut de …", "Ondersteun de …", "Stel een … aan" are imperatives: instructions, no commitment', () => {
    for (const t of ['Benut de samenwerking die is ontstaan.', 'Ondersteun de gemeenten bij de uitvoering.', 'Stel een regisseur aan.']) {
      assert.deepEqual(read(t), { mood: 'imperative', cue: 'instruction' }, t);
    }
  });
  it('an inversion in -t, a noun line and a noun subject are no imperatives', () => {
    for (const t of ['Werkt de aanpak niet, dan stoppen we.', 'Beheer en onderhoud van de beek.', 'Zorg is belangrijk voor ouderen.', 'Bericht van de raad over de begroting.']) {
      assert.notEqual(read(t).mood, 'imperative', t);
    }
  });
});

describe('voice25 contrast: a decision rule and a yearly account (K3.besliskracht, K3.planning_control)', () => {
  it('"besluit met meerderheid van stemmen" is a decision rule; deciding without a rule or body is none', () => {
    assert.equal(item(CONVENANT, 'Het bestuur besluit met meerderheid van stemmen.', 'K3.besliskracht'), true);
    assert.equal(item(CONVENANT, 'Er is een meerderheid voor het plan.', 'K3.besliskracht'), false);
  });
  it('accounts rendered before a date each year are planning and control; accounts without a moment are not', () => {
    assert.equal(item(CONVENANT, 'Vóór 30 juni van elk jaar legt het waterschap de gemeente een afrekening voor van alle uitgaven.', 'K3.planning_control'), true);
    assert.equal(item(CONVENANT, 'Het waterschap legt de gemeente een afrekening voor van alle uitgaven.', 'K3.planning_control'), false);
  });
});

describe('voice25 contrast: study sets of ministries, agencies and regional bodies', () => {
  it('a goal whose content the next sentence says is worked out in another plan; without that pointer it stays vague', () => {
    no(NOTA + 'We zetten in op meer groen in de wijk. Deze ambitie is in het groenplan nader uitgewerkt.\n', 'doel/vaag');
    no(NOTA + 'We zetten in op versterking van de basisondersteuning op alle scholen. Wat we onder deze ambitie verstaan, is in het ondersteuningsplan uitgewerkt.\n', 'doel/vaag');
    yes(NOTA + 'We zetten in op meer groen in de wijk. Deze ambitie is belangrijk voor de bewoners.\n', 'doel/vaag');
  });
  it('a third party naming its aim ("noemt de vereniging als ambitie") is reported; "onze ambitie" is the author\'s', () => {
    no(NOTA + 'Meer bouwen noemt de vereniging als ambitie.\n', 'doel/vaag');
    yes(NOTA + 'Meer bouwen is onze ambitie.\n', 'doel/vaag');
  });
  it('the act that serves the goal in the same sentence ("en doen daarom …"); the goal alone is vague', () => {
    no(NOTA + 'We willen meer gebruikmaken van de ervaringen van inwoners en doen daarom regelmatig onderzoek naar hun waardering.\n', 'doel/vaag');
    yes(NOTA + 'We willen meer gebruikmaken van de ervaringen van inwoners.\n', 'doel/vaag');
  });
  it('regie over the organisation\'s inner workings is management control; regie over a public task is claimed', () => {
    no(NOTA + 'Het bureau versterkt daarbij de centrale regie en sturing op de interne informatievoorziening.\n', 'regie/hol');
    yes(NOTA + 'Het bureau versterkt daarbij de centrale regie op de aanpak van armoede.\n', 'regie/hol');
  });
  it('a role as the maker of something named ("het voorstel van de ketenregisseur") is referred to; a role that comes is claimed', () => {
    no(NOTA + 'Gezamenlijk is ingestemd met het voorstel van de ketenregisseur.\n', 'regie/hol');
    yes(NOTA + 'Er komt een ketenregisseur.\n', 'regie/hol');
  });
  it('a collective inside a prepositional phrase of the subject is no doer; as the subject it is', () => {
    no(NOTA + 'Uitgangspunt voor alle betrokken partijen bij de herbeoordeling is dat de cliënt op tijd duidelijkheid heeft over zijn budget en daarmee weet of de hulp kan worden voortgezet of moet worden aangepast.\n', 'eigenaar/diffuus');
    yes(NOTA + 'Alle betrokken partijen zorgen ervoor dat de budgethouder op tijd duidelijkheid krijgt.\n', 'eigenaar/diffuus');
  });
});

describe('voice25 contrast: an earlier letter recalled is reported', () => {
  const LETTER = '# Brief voortgang woningbouw\n\n## Voortgang\n\n';
  const cueOf = (body: string): string | undefined => lastUnit(LETTER, body).cue;
  it('"Op 25 september heb ik u geïnformeerd over het feit dat …" recalls a letter; "Ik informeer u vóór 1 mei" commits', () => {
    assert.equal(cueOf('Op 25 september heb ik u geïnformeerd over het feit dat de gemeenten willen bijdragen aan de bouwopgave.'), 'meta');
    assert.equal(cueOf('Eerder hebben wij uw raad gemeld dat de provincie de plannen wil versnellen.'), 'meta');
    assert.notEqual(cueOf('Ik informeer u vóór 1 mei over de voortgang van de bouwopgave.'), 'meta');
  });
});

describe('voice25 contrast: latitude left to another party, and each party itself at turn', () => {
  const REG = '# Regeling cliëntenparticipatie Lindewaard\n\nHet college van burgemeester en wethouders van Lindewaard;\n\ngelet op artikel 47 van de Participatiewet;\n\nbesluit vast te stellen de volgende regeling:\n\n## Artikel 1\n\n';
  it('in a regulation, "zoveel mogelijk" in a passive done by another party is its latitude; done by the college it is a hedge', () => {
    no(REG + 'De leden van de cliëntenraad worden door de belangenorganisaties in onderling overleg zoveel mogelijk geworven uit de voormalige leden van de adviesraad.\n', 'taal/voorbehoud');
    yes(REG + 'De aanvragen worden door het college zo snel mogelijk behandeld.\n', 'taal/voorbehoud');
  });
  it('"de organisaties zijn primair zelf aan zet": each for its own part; without "zelf" the collective is diffuse', () => {
    const CONV = '# Convenant storingen Lindewaard\n\nPartijen komen het volgende overeen.\n\n## Afspraken\n\n';
    no(CONV + 'Bij een storing zijn de organisaties in de keten primair zelf aan zet.\n', 'eigenaar/diffuus');
    yes(CONV + 'Bij een storing zijn de organisaties in de keten aan zet.\n', 'eigenaar/diffuus');
  });
});

describe('voice25 contrast: "richt zich op" focuses, "richt … op" founds', () => {
  it('a later mention of a body that focuses on something is its name; a body set up here without tasks is hollow', () => {
    no(NOTA + 'De Regiegroep richt zich op de financiën van de samenwerking.\n', 'regie/hol');
    yes(NOTA + 'De gemeenten richten een Regiegroep op.\n', 'regie/hol');
  });
});

describe('voice25 contrast: a definite noun takes up the party named just before (anaphora by the head of its name)', () => {
  it('"Het beheerteam van de gemeente … Het team zal samen met …" names who; without the team named before, nobody', () => {
    no(NOTA + 'Het beheerteam van de gemeente Lindewaard bestaat uit ontwikkelaars. Het team zal samen met de stakeholders de gewenste functies afstemmen.\n', 'eigenaar/samenwerken');
    yes(NOTA + 'Het project is in maart gestart. Het team zal samen met de stakeholders de gewenste functies afstemmen.\n', 'eigenaar/samenwerken');
  });
});

describe('voice25 contrast: a third study set of whole documents (agreements and service levels)', () => {
  const SLA = '# Dienstverleningsafspraken aanbieders\n\n## 1. Inleiding\n\nIn dit document zijn de afspraken opgenomen die gelden voor **aanbieders** in het netwerk.\n\n## 2. Storingsbeheer\n\n';
  it('"Dit proces is gericht op …" describes the purpose of a process just named; "Dit programma is gericht op …" is the text\'s goal', () => {
    no(SLA + 'Aanbieders zorgen voor een eigen proces voor storingsbeheer. Dit proces is gericht op het structureel voorkomen van storingen en het waarborgen van de continuïteit en kwaliteit van de dienstverlening.\n', 'doel/vaag');
    yes(SLA + 'Dit programma is gericht op het verbeteren van de kwaliteit van de dienstverlening.\n', 'doel/vaag');
  });
  it('time as a duration or something unavailable is no capacity left open; time made available is', () => {
    no(CONVENANT + 'Bij een brand in het datacentrum is een aanbieder gedurende langere tijd niet beschikbaar.\n', 'zwitsers/vaag');
    yes(CONVENANT + 'De gemeente stelt tijd beschikbaar voor het overleg.\n', 'zwitsers/vaag');
  });
});

describe('voice25 contrast: an insertion right after "om" keeps the clause of purpose', () => {
  it('"om, met de partners, zoveel mogelijk … te …" qualifies the effect aimed at; "We proberen, met de partners, zoveel mogelijk …" is hedged', () => {
    no(NOTA + 'We zoeken een oplossing om, met de partners, zoveel mogelijk belangen te behartigen.\n', 'taal/voorbehoud');
    yes(NOTA + 'We proberen, met de partners, zoveel mogelijk belangen te behartigen.\n', 'taal/voorbehoud');
  });
});

describe('voice25 contrast: "om … te" after the verb cluster of an act is a purpose, after a verb of trying or deciding its content', () => {
  it('"Er moet naar een oplossing gezocht worden om zoveel mogelijk …" qualifies the effect; "We hebben besloten om zoveel mogelijk …" is hedged', () => {
    no(NOTA + 'Er moet naar een oplossing gezocht worden om zoveel mogelijk belangen te behartigen.\n', 'taal/voorbehoud');
    yes(NOTA + 'We hebben besloten om zoveel mogelijk woningen te bouwen.\n', 'taal/voorbehoud');
  });
});

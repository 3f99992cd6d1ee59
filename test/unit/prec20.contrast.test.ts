/**
 * Nineteenth session: who receives under a scheme, and where a relative clause opens, as invented minimal pairs. Each
 * pair is one text and the same text with one change that flips the outcome. All sentences, places and organisations
 * are made up; none is taken from an evaluation text.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { evaluateChecklist } from '../../src/core/checklist/evaluate';
import { schemeRecipient } from '../../src/core/read/frames';
import { readLocal } from '../../src/core/read/unit';
import { no, yes } from './contrast';

function met(id: string, text: string): boolean | null {
  const doc = buildDocument(text, 'markdown');
  return evaluateChecklist(doc, readRegie(doc))[id].met;
}
const sentence = (text: string) => buildDocument(text, 'markdown').sentences[0];
const plan = (body: string): string => `# Sociaal plan Scholengroep Lindewaard\n\n${body}\n`;

describe('prec20 clause records: a relative clause after a bare plural that opens the sentence', () => {
  it('"Leraren die …, krijgen …": the relative clause is subordinate and the plural is the subject of "krijgen"', () => {
    const s = sentence('Leraren die boventallig worden, krijgen een begeleidingstraject.');
    const cs = readLocal(s).clauses;
    const rel = cs.find((c) => s.tokens[c.start].low === 'die');
    assert.ok(rel && rel.subordinate, 'relative clause opened at "die"');
    const main = cs.find((c) => !c.subordinate && c.finite >= 0);
    assert.ok(main && main.subject, 'main clause with a subject');
    assert.equal(s.tokens[main.subject[0]].low, 'leraren');
  });
  it('also after a plural adjective used as a noun ("Jongeren die werk zoeken, krijgen …"), which the tagger reads as an adjective', () => {
    const s = sentence('Jongeren die werk zoeken, krijgen een coach.');
    const cs = readLocal(s).clauses;
    assert.ok(cs.some((c) => c.subordinate && s.tokens[c.start].low === 'die'), 'relative clause opened at "die"');
    const krijgen = cs.find((c) => c.finite >= 0 && s.tokens[c.finite].low === 'krijgen');
    assert.ok(krijgen && krijgen.subject, 'the clause of "krijgen" has a subject');
    assert.equal(s.tokens[krijgen.subject[0]].low, 'jongeren');
  });
  it('a demonstrative "die" after a sentence-initial word that is no noun opens nothing', () => {
    const s = sentence('Daarom die keuze voor een begeleidingstraject.');
    assert.ok(readLocal(s).clauses.every((c) => !c.subordinate), 'no subordinate clause');
  });
});

describe('prec20 K1.afnemers: members or staff who receive under a scheme are its afnemers', () => {
  it('employees, teachers or participants who receive something are recipients; staff who act are not', () => {
    assert.equal(schemeRecipient(sentence('Boventallige leraren ontvangen een scholingsbudget van 2.500 euro.')), true);
    assert.equal(schemeRecipient(sentence('Boventallige leraren geven les in de bovenbouw.')), false);
    assert.equal(schemeRecipient(sentence('De werknemer wordt binnen drie maanden begeleid naar ander werk.')), true);
    assert.equal(schemeRecipient(sentence('De werknemer wordt binnen drie maanden ingezet op een ander project.')), false);
    assert.equal(schemeRecipient(sentence('Deze medewerkers hebben recht op een vergoeding van de reiskosten.')), true);
    assert.equal(schemeRecipient(sentence('Deze medewerkers hebben geen recht op een vergoeding van de reiskosten.')), false);
    assert.equal(schemeRecipient(sentence('De regeling is bedoeld voor medewerkers met een vaste aanstelling.')), true);
    assert.equal(schemeRecipient(sentence('De regeling wordt uitgevoerd door medewerkers met een vaste aanstelling.')), false);
  });
  it('a social plan whose teachers receive support names its afnemers; one whose teachers only act does not', () => {
    assert.equal(met('K1.afnemers', plan('Leraren die boventallig worden, krijgen een begeleidingstraject van werk naar werk. Boventallige leraren ontvangen daarnaast een scholingsbudget.')), true);
    assert.equal(met('K1.afnemers', plan('Leraren die boventallig worden, geven les op een andere school. Boventallige leraren volgen daarnaast het rooster van die school.')), false);
  });
  it('participants of a pilot who receive a coach and a certificate are its afnemers; participants who sign an agreement are its parties', () => {
    assert.equal(met('K1.afnemers', plan('Deelnemers aan de pilot krijgen een persoonlijke coach. Elke deelnemer ontvangt na afloop een certificaat.')), true);
    assert.equal(met('K1.afnemers', plan('De deelnemers aan de pilot ondertekenen deze overeenkomst. Elke deelnemer draagt een eigen deel van de kosten.')), false);
  });
});

describe('prec20 K1.betrokkenheid: where the afnemers are members, their voice is the afnemers\' voice', () => {
  const recipients = 'Leraren die boventallig worden, krijgen een begeleidingstraject van werk naar werk. Boventallige leraren ontvangen daarnaast een scholingsbudget.';
  const actors = 'Leraren die boventallig worden, geven les op een andere school. Boventallige leraren volgen daarnaast het rooster van die school.';
  it('"De leraar beslist mee over …" counts after teachers who receive under the plan, not after teachers who only act', () => {
    assert.equal(met('K1.betrokkenheid', plan(`${recipients}\n\nDe leraar beslist mee over de school waar hij wordt geplaatst.`)), true);
    assert.equal(met('K1.betrokkenheid', plan(`${actors}\n\nDe leraar beslist mee over de school waar hij wordt geplaatst.`)), false);
  });
});

describe('prec20 K1.eigenbelang: why a named party takes part, without a stake noun', () => {
  const nota = (body: string): string => `# Samenwerking schoolverzuim Brakeldorp\n\n${body}\n`;
  it('what the work yields for a party; a party that itself delivers states no stake', () => {
    assert.equal(met('K1.eigenbelang', nota('Voor de scholen levert de aanpak minder uitval op, voor de gemeente lagere kosten van jeugdhulp.')), true);
    assert.equal(met('K1.eigenbelang', nota('De gemeente levert het rapport over de aanpak vóór 1 juli op.')), false);
  });
  it('a party that joins with a reason; joining without one, or a reason for not joining, states none', () => {
    assert.equal(met('K1.eigenbelang', nota('De werkgevers doen mee omdat zij zo makkelijker aan gekwalificeerd personeel komen.')), true);
    assert.equal(met('K1.eigenbelang', nota('De werkgevers doen mee aan het project in de wijk.')), false);
    assert.equal(met('K1.eigenbelang', nota('De werkgevers doen niet mee omdat zij geen tijd hebben.')), false);
  });
  it('"het belang" said for a named party is its stake; "van (groot) belang" is what matters', () => {
    assert.equal(met('K1.eigenbelang', nota('Voor de woningcorporaties is het belang dat huurders met schulden niet worden uitgezet.')), true);
    assert.equal(met('K1.eigenbelang', nota('Voor de woningcorporaties is het van groot belang dat huurders met schulden niet worden uitgezet.')), false);
  });
});

describe('prec20 K1.last_baat and K2.aanspreekbaar: word order and separable verbs', () => {
  const nota = (body: string): string => `# Aanpak wachtlijsten Brakeldorp\n\n${body}\n`;
  it('"zijn het de kinderen die de prijs betalen" in subordinate order; a price paid in money is no burden', () => {
    assert.equal(met('K1.last_baat', nota('Zolang de wachtlijsten bestaan, zijn het de kinderen en hun ouders die de prijs betalen.')), true);
    assert.equal(met('K1.last_baat', nota('Zolang de wachtlijsten bestaan, zijn het de kinderen en hun ouders die de eigen bijdrage betalen.')), false);
  });
  it('"nemen de maatschappelijke kosten verder toe" with the particle far from the verb; costs that stay level are no burden named', () => {
    assert.equal(met('K1.last_baat', nota('Wanneer de problemen niet worden aangepakt, nemen de maatschappelijke kosten verder toe.')), true);
    assert.equal(met('K1.last_baat', nota('Wanneer de problemen niet worden aangepakt, nemen de maatschappelijke partners verder deel.')), false);
  });
  it('"kunnen de andere partijen haar daarop aanspreken": partners may hold each other; drawing on a reserve is another sense', () => {
    assert.equal(met('K2.aanspreekbaar', nota('Komt een partij haar verplichtingen niet na, dan kunnen de andere partijen haar daarop aanspreken.')), true);
    assert.equal(met('K2.aanspreekbaar', nota('Komt een partij haar verplichtingen niet na, dan kunnen de andere partijen de reserve aanspreken.')), false);
  });
  it('responsible for the whole "als geheel"; responsible for its own policy is each for its own part', () => {
    assert.equal(met('K2.aanspreekbaar', nota('De minister is verantwoordelijk voor het stelsel als geheel.')), true);
    assert.equal(met('K2.aanspreekbaar', nota('De minister is verantwoordelijk voor het eigen beleid.')), false);
  });
});

describe('prec20 zwitsers/vaag: people who deliver are not people supplied', () => {
  const nota = (body: string): string => `# Nota wijkteams Brakeldorp\n\nDeze nota beschrijft de inzet in de wijken.\n\n## Aanpak\n\n${body}\n`;
  it('staff as the subject of an active "leveren" deliver something; as its object, or in a passive, they are capacity left open', () => {
    no(nota('Onze medewerkers willen het juiste leveren aan inwoners.'), 'zwitsers/vaag');
    yes(nota('Onze partners willen medewerkers leveren aan het wijkteam.'), 'zwitsers/vaag');
    no(nota('Professionals en onderwijzend personeel leveren goede kwaliteit.'), 'zwitsers/vaag');
    yes(nota('Voor het wijkteam worden professionals geleverd door de partners.'), 'zwitsers/vaag');
  });
  it('"leveren medewerkers" with the verb first is capacity without a number; "leveren 2 fte" has one, "leveren zorg aan mensen" is no capacity', () => {
    yes(nota('De partners leveren medewerkers voor het wijkteam.'), 'zwitsers/vaag');
    no(nota('De partners leveren 2 fte voor het wijkteam.'), 'zwitsers/vaag');
    no(nota('De partners leveren goede zorg aan mensen in de wijk.'), 'zwitsers/vaag');
  });
});

describe('prec20 afnemer/ontbreekt: members who receive under a scheme are afnemers', () => {
  const plan30 = (first: string): string => `# Sociaal plan Brakeldorp\n\n${first} De werkgever betaalt de kosten van de omscholing en de reiskosten van de medewerker naar de nieuwe werkplek.\n`;
  it('a social plan whose employees receive support names afnemers; one whose employees only act names none', () => {
    no(plan30('Boventallige medewerkers krijgen een begeleidingstraject van werk naar werk en behouden hun salaris gedurende twaalf maanden.'), 'afnemer/ontbreekt');
    yes(plan30('Boventallige medewerkers voeren een begeleidingstraject van werk naar werk uit en houden daarvan een dossier bij gedurende twaalf maanden.'), 'afnemer/ontbreekt');
  });
});

describe('prec20 K3.besliskracht and K3.planning_control: other wordings of who decides and when it is checked', () => {
  const conv = (body: string): string => `# Convenant jeugdhulp Brakeldorp\n\n${body}\n`;
  it('"besluiten … gezamenlijk" with the verb before its subject; "werken … gezamenlijk" decides nothing', () => {
    assert.equal(met('K3.besliskracht', conv('Over de inzet van de middelen besluiten de colleges van de deelnemende gemeenten gezamenlijk.')), true);
    assert.equal(met('K3.besliskracht', conv('Aan de inzet van de middelen werken de colleges van de deelnemende gemeenten gezamenlijk.')), false);
  });
  it('the consent of all parties is a decision rule (unanimity); the consent of the residents is not', () => {
    assert.equal(met('K3.besliskracht', conv('Wijzigingen van dit convenant behoeven de instemming van alle partijen.')), true);
    assert.equal(met('K3.besliskracht', conv('Wijzigingen van dit convenant behoeven de steun van de inwoners.')), false);
  });
  it('"heeft mandaat om …" says who may decide; "heeft geen mandaat" does not', () => {
    assert.equal(met('K3.besliskracht', conv('De directeur van de uitvoeringsorganisatie heeft mandaat om opdrachten tot 50.000 euro te verlenen.')), true);
    assert.equal(met('K3.besliskracht', conv('De directeur van de uitvoeringsorganisatie heeft geen mandaat om opdrachten te verlenen.')), false);
  });
  it('a dated "tussenevaluatie" is an evaluation moment; a dated "tussenstap" is not', () => {
    assert.equal(met('K3.planning_control', conv('In het voorjaar van 2027 volgt een tussenevaluatie; de eindevaluatie is gereed vóór 1 januari 2029.')), true);
    assert.equal(met('K3.planning_control', conv('In het voorjaar van 2027 volgt een tussenstap; de eindfase is gereed vóór 1 januari 2029.')), false);
  });
});

describe('prec20 clause records and K1.behoefte: a relative clause without a comma before the main verb', () => {
  it('"Inwoners die een voorziening aanvragen hebben recht op …": the relative clause ends at its verb and the main clause has the plural as subject', () => {
    const s = sentence('Inwoners die een voorziening aanvragen hebben recht op een passende bijdrage.');
    const cs = readLocal(s).clauses;
    const main = cs.find((c) => !c.subordinate && c.finite >= 0);
    assert.ok(main && main.subject, 'main clause with a subject');
    assert.equal(s.tokens[main.finite].low, 'hebben');
    assert.equal(s.tokens[main.subject[0]].low, 'inwoners');
    const t = sentence('De taken die moeten worden uitgevoerd door de gemeente staan in bijlage 1.');
    assert.ok(!readLocal(t).clauses.some((c) => !c.subordinate && c.finite >= 0 && t.tokens[c.finite].low === 'uitgevoerd'), 'a participle of the relative clause opens no main clause');
  });
  it('what people need, said in a relative clause on them, is their demand; a relative clause with another subject, or with only a pronoun, is not', () => {
    const nota = (body: string): string => `# Nota ondersteuning Brakeldorp\n\n${body}\n`;
    assert.equal(met('K1.behoefte', nota('We bieden hulp aan ouderen die ondersteuning bij het huishouden nodig hebben.')), true);
    assert.equal(met('K1.behoefte', nota('We bieden hulp aan ouderen die we graag ondersteuning bij het huishouden willen geven.')), false);
    assert.equal(met('K1.behoefte', nota('We bieden hulp aan de ouderen die het nodig hebben.')), false);
  });
  it('"het belang voor <party>" is its stake; "een groot belang voor <party>" is importance', () => {
    const nota = (body: string): string => `# Samenwerking Brakeldorp\n\n${body}\n`;
    assert.equal(met('K1.eigenbelang', nota('Voor de provincie is het belang dat de wegen veilig blijven.')), true);
    assert.equal(met('K1.eigenbelang', nota('Het gaat om vraagstukken met een groot belang voor de provincie.')), false);
  });
});

describe('prec20 eigenaar/samenwerken: a task with its object is what the collaboration works on', () => {
  const nota = (body: string): string => `# Nota water Brakeldorp\n\nDeze nota beschrijft de aanpak van het waterschap.\n\n## Aanpak\n\n${body}\n`;
  it('"bij het beheer van de dijken", "in het experimenteren met peilbeheer" name the what; a goal in adjectives does not', () => {
    no(nota('We willen nauw samenwerken met de boeren bij het beheer van de dijken.'), 'eigenaar/samenwerken');
    no(nota('We willen nauw samenwerken met de boeren in het experimenteren met peilbeheer.'), 'eigenaar/samenwerken');
    yes(nota('We willen nauw samenwerken met de boeren aan een veilige en gezonde leefomgeving.'), 'eigenaar/samenwerken');
  });
  it('a task noun needs its object: "bij het beheer" alone stays open', () => {
    yes(nota('We willen nauw samenwerken met de boeren bij het beheer.'), 'eigenaar/samenwerken');
  });
});

describe('prec20 taal/voorbehoud: the frame before the verb is not what a need condition leaves open', () => {
  const nota = (body: string): string => `# Nota sociaal domein Brakeldorp\n\nDeze nota beschrijft de aanpak van de gemeente.\n\n## Aanpak\n\n${body}\n`;
  it('"Vanuit onze wettelijke taken bieden we waar nodig zorg": the legal basis is the frame; "investeren we waar nodig in extra formatie" leaves the means open', () => {
    no(nota('Vanuit onze wettelijke taken bieden we waar nodig zorg en ondersteuning.'), 'taal/voorbehoud');
    yes(nota('Vanuit onze wettelijke taken investeren we waar nodig in extra formatie.'), 'taal/voorbehoud');
  });
});

describe('prec20 doel/vaag: whose goal', () => {
  const nota = (body: string): string => `# Nota arbeidsmarkt Brakeldorp\n\nDeze nota beschrijft de aanpak van de gemeente.\n\n## Aanpak\n\n${body}\n`;
  it('"met als doel" after other parties\' act describes their aim; after the author\'s own act it is the text\'s goal', () => {
    no(nota('De scholen en de bedrijven richten samen een leerwerkplaats in met als doel de aansluiting op de arbeidsmarkt te verbeteren.'), 'doel/vaag');
    yes(nota('We richten samen een leerwerkplaats in met als doel de aansluiting op de arbeidsmarkt te verbeteren.'), 'doel/vaag');
    no(nota('De ziekenhuizen zijn verantwoordelijk voor het regionale overleg, met als doel de acute zorg beter te organiseren.'), 'doel/vaag');
    yes(nota('We zijn verantwoordelijk voor het regionale overleg, met als doel de acute zorg beter te organiseren.'), 'doel/vaag');
  });
  it('"de doelstellingen uit onder meer het Klimaatakkoord" are another text\'s goals, as "uit het Klimaatakkoord" are', () => {
    no(nota('We werken aan een investeringsagenda om de doelstellingen uit onder meer het Klimaatakkoord versneld te verbeteren.'), 'doel/vaag');
    yes(nota('We werken aan een investeringsagenda om onze doelstellingen versneld te verbeteren.'), 'doel/vaag');
  });
});

describe('prec20 taal/toverwoord: words mentioned, and the aim of a concrete measure', () => {
  const nota = (body: string): string => `# Programma cultuur Brakeldorp\n\nDit programma beschrijft de aanpak van de gemeente.\n\n## Aanpak\n\n${body}\n`;
  it('the words of a title are mentioned, not used; the same words said of the programme itself are buzz', () => {
    no(nota('De titel van dit nieuwe beleidsprogramma verwoordt waar het in onze sector om draait: verbinding, inspiratie, toekomstbestendig en voor iedereen.'), 'taal/toverwoord');
    yes(nota('Dit nieuwe beleidsprogramma verwoordt waar het in onze sector om draait: verbinding, inspiratie, toekomstbestendig en voor iedereen.'), 'taal/toverwoord');
  });
  it('"Hiermee …" after a measure with a number names what it is for; after talk it hides the act', () => {
    no(nota('Eén nieuwe regeling bundelt 15 losse uitkeringen. Hiermee stimuleren we de samenhang en integraliteit.'), 'taal/toverwoord');
    yes(nota('We praten met de partners. Hiermee stimuleren we de samenhang en integraliteit.'), 'taal/toverwoord');
  });
});

describe('prec20 regie/hol: regie weighed as a property of an option', () => {
  const nota = (body: string): string => `# Nota ICT-inkoop Brakeldorp\n\nDeze nota vergelijkt twee modellen voor de inkoop.\n\n## Afweging\n\n${body}\n`;
  it('"Het voordeel van dit model is meer regie voor de gemeente" argues about a choice; "Ons uitgangspunt is meer regie" claims it', () => {
    no(nota('Het voordeel van dit model is meer regie voor de gemeente.'), 'regie/hol');
    yes(nota('Ons uitgangspunt is meer regie voor de gemeente.'), 'regie/hol');
    no(nota('De uitruil is meer regie tegenover minder afhankelijkheid van leveranciers.'), 'regie/hol');
  });
});
